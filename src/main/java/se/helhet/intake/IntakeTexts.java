package se.helhet.intake;

/** The Swedish words staff use for intake's codes, where a code is shown in running text. */
final class IntakeTexts {

    private IntakeTexts() {
    }

    static String kind(ReportKind kind) {
        return switch (kind) {
            case CONCERN_REPORT -> "Orosanmälan";
            case APPLICATION -> "Ansökan";
            case OTHER_REQUEST -> "Annan begäran";
        };
    }

    static String category(ReporterCategory category) {
        return switch (category) {
            case SCHOOL -> "Skola";
            case PRESCHOOL -> "Förskola";
            case HEALTH_CARE -> "Hälso- och sjukvård";
            case POLICE -> "Polis";
            case SOCIAL_SERVICES -> "Socialtjänst";
            case OTHER_AUTHORITY -> "Annan myndighet";
            case PRIVATE_PERSON -> "Privatperson";
            case CHILD -> "Barnet självt";
            case GUARDIAN -> "Vårdnadshavare";
        };
    }

    static String outcome(PreliminaryOutcome outcome) {
        return switch (outcome) {
            case OPEN_INVESTIGATION -> "utredning inleds";
            case NO_INVESTIGATION -> "ingen utredning";
            case JOIN_INVESTIGATION -> "förs till pågående utredning";
            case TRANSFER -> "överlämnas till annan kommun";
        };
    }
}
