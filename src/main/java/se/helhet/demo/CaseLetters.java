package se.helhet.demo;

import java.time.LocalDate;
import java.util.Map;

/**
 * Decision letters and feedback notices in the product's plain Swedish: what was decided and why, how to
 * appeal a refusal, and for a reporter only what the law allows.
 */
final class CaseLetters {

    static final Map<String, String> INTERVENTIONS = Map.of(
            "FAMILY_TREATMENT", "familjebehandling",
            "YOUTH_TREATMENT_WITH_SCHOOL", "ungdomsbehandling i samverkan med skolan",
            "CONTACT_PERSON", "en kontaktperson",
            "CONTACT_FAMILY", "en kontaktfamilj",
            "YOUTH_CRIME_SUPPORT", "stöd till barn som har begått brott",
            "FOSTER_HOME", "placering i familjehem",
            "RESIDENTIAL_CARE", "placering på HVB (hem för vård eller boende)");

    private CaseLetters() {
    }

    static String decision(String outcome, String code, String reasons, String childName, LocalDate decidedOn,
                           String decidedBy) {
        String what = switch (outcome) {
            case "GRANTED" -> "Vi har beslutat att " + childName + " får " + INTERVENTIONS.get(code) + ".";
            case "NOT_GRANTED" -> "Vi har beslutat att " + childName + " inte får " + INTERVENTIONS.get(code) + ".";
            default -> "Vi har avslutat utredningen om " + childName + " utan att besluta om någon insats.";
        };
        StringBuilder letter = new StringBuilder()
                .append("Beslut ").append(decidedOn).append("\n\n")
                .append(what).append("\n\n")
                .append("Varför vi har beslutat så\n").append(reasons).append("\n\n");
        if (outcome.equals("NOT_GRANTED")) {
            letter.append("Om du inte är nöjd med beslutet\n")
                    .append("Du kan överklaga beslutet till förvaltningsrätten. Skriv vilket beslut det gäller, ")
                    .append("varför du tycker att det är fel och hur du vill att det ska ändras. Skicka eller lämna ")
                    .append("överklagandet till socialtjänsten, inte till domstolen. Vi måste ha fått det inom tre ")
                    .append("veckor från den dag du fick veta om beslutet. Vi hjälper dig gärna att skriva det.\n\n");
        }
        return letter.append("Med vänlig hälsning\n").append(decidedBy).append("\nSocialtjänsten").toString();
    }

    static String feedback(CasePlan.Report report, String status, LocalDate on, String from) {
        String what = switch (status) {
            case "INVESTIGATION_OPENED" -> "Socialtjänsten har inlett en utredning.";
            case "NOT_OPENED" -> "Socialtjänsten har beslutat att inte inleda någon utredning.";
            default -> "Det pågår redan en utredning. Uppgifterna i er anmälan tas med i den.";
        };
        return "Återkoppling " + on + "\n\n"
                + "Till " + (report.reporterName() == null ? "anmälaren" : report.reporterName())
                + (report.organisation() == null ? "" : ", " + report.organisation()) + "\n\n"
                + "Tack för er anmälan som kom in " + report.receivedAt().toLocalDate() + ". " + what
                + "\n\nSocialtjänsten kan inte berätta mer om barnet eller familjen på grund av sekretess. "
                + "Om ni får ny oro för barnet ska ni göra en ny anmälan.\n\n"
                + "Med vänlig hälsning\n" + from + "\nSocialtjänsten, mottagningen";
    }
}
