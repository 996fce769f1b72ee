package se.helhet.platform;

/** Helhet refuses to start: the configuration would put personal data at risk. */
class UnsafeConfigurationException extends RuntimeException {

    private final String action;

    public UnsafeConfigurationException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
