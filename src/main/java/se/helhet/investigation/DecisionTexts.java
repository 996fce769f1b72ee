package se.helhet.investigation;

/**
 * The decision letter in plain Swedish. A refusal can be appealed, and the letter then says how, in the
 * words a family understands: to whom, by when, and that help is available.
 */
public final class DecisionTexts {

    private DecisionTexts() {
    }

    static String outcome(Decision d) {
        return switch (d.outcome()) {
            case GRANTED -> "insats beviljad (" + d.interventionCode() + ")";
            case NOT_GRANTED -> "insats avslagen (" + d.interventionCode() + ")";
            case NO_INTERVENTION -> "utredningen avslutas utan insats";
        };
    }

    /** The letter; public so the demo history writes exactly what Helhet writes. */
    public static String letter(Decision.Outcome outcome, String interventionName, String reasons, String childName,
                         java.time.LocalDate decidedOn, String decidedBy) {
        String what = switch (outcome) {
            case GRANTED -> "Vi har beslutat att " + childName + " får " + interventionName + ".";
            case NOT_GRANTED -> "Vi har beslutat att " + childName + " inte får " + interventionName + ".";
            case NO_INTERVENTION -> "Vi har avslutat utredningen om " + childName + " utan att besluta om någon insats.";
        };
        StringBuilder letter = new StringBuilder()
                .append("Beslut ").append(decidedOn).append("\n\n")
                .append(what).append("\n\n")
                .append("Varför vi har beslutat så\n").append(reasons).append("\n\n");
        if (outcome == Decision.Outcome.NOT_GRANTED) {
            letter.append("Om du inte är nöjd med beslutet\n")
                    .append("Du kan överklaga beslutet till förvaltningsrätten. Skriv vilket beslut det gäller, ")
                    .append("varför du tycker att det är fel och hur du vill att det ska ändras. Skicka eller lämna ")
                    .append("överklagandet till socialtjänsten, inte till domstolen. Vi måste ha fått det inom tre ")
                    .append("veckor från den dag du fick veta om beslutet. Vi hjälper dig gärna att skriva det.\n\n");
        }
        return letter.append("Med vänlig hälsning\n").append(decidedBy).append("\nSocialtjänsten").toString();
    }
}
