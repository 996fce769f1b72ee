package se.helhet.instrument;

/**
 * One paper form of an instrument, whose item texts an administrator may load: the SDQ's parent, teacher and
 * self-report forms ({@code PARENT}, {@code TEACHER}, {@code SELF}, as the informant), and the one form of
 * AUDIT and of DUDIT ({@code STANDARD}). {@code items} is how many questions it has.
 */
record InstrumentForm(String instrument, String form, int items) {

    static final String STANDARD = "STANDARD";
}
