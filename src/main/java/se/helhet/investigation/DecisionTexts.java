package se.helhet.investigation;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The decision letter in plain Swedish. A refusal can be appealed, and the letter then says how, in the
 * words a family understands: to whom, by when, and that help is available.
 */
public final class DecisionTexts {

    private DecisionTexts() {
    }

    static String outcome(Decision d) {
        return switch (d.outcome()) {
            case Decision.Granted granted -> "insats beviljad (" + granted.interventionCode() + ")";
            case Decision.NotGranted refused -> "insats avslagen (" + refused.interventionCode() + ")";
            case Decision.NoIntervention none -> "utredningen avslutas utan insats";
        };
    }

    /**
     * The letter, with the intervention named as it reads in a sentence; public so the demo history writes
     * exactly what Helhet writes.
     */
    public static String letter(Decision.Outcome outcome, Function<String, String> interventionName, String reasons,
                                String childName, LocalDate decidedOn, String decidedBy) {
        String what = switch (outcome) {
            case Decision.Granted granted ->
                    "Vi har beslutat att " + childName + " får " + interventionName.apply(granted.interventionCode()) + ".";
            case Decision.NotGranted refused -> "Vi har beslutat att " + childName + " inte får "
                    + interventionName.apply(refused.interventionCode()) + ".";
            case Decision.NoIntervention none ->
                    "Vi har avslutat utredningen om " + childName + " utan att besluta om någon insats.";
        };
        StringBuilder letter = new StringBuilder()
                .append("Beslut ").append(decidedOn).append("\n\n")
                .append(what).append("\n\n")
                .append("Varför vi har beslutat så\n").append(reasons).append("\n\n");
        if (outcome instanceof Decision.NotGranted) {
            letter.append("Om du inte är nöjd med beslutet\n")
                    .append("Du kan överklaga beslutet till förvaltningsrätten. Skriv vilket beslut det gäller, ")
                    .append("varför du tycker att det är fel och hur du vill att det ska ändras. Skicka eller lämna ")
                    .append("överklagandet till socialtjänsten, inte till domstolen. Vi måste ha fått det inom tre ")
                    .append("veckor från den dag du fick veta om beslutet. Vi hjälper dig gärna att skriva det.\n\n");
        }
        return letter.append("Med vänlig hälsning\n").append(decidedBy).append("\nSocialtjänsten").toString();
    }
}
