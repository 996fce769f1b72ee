package se.helhet.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import se.helhet.letter.Letter;

/**
 * The decision letter in plain Swedish. A refusal can be appealed, and the letter then says how, in the
 * words a family understands: to whom, by when, and that help is available.
 */
public final class DecisionTexts {

    static final String APPEAL = "Du kan överklaga beslutet till förvaltningsrätten. Skriv vilket beslut det gäller, "
            + "varför du tycker att det är fel och hur du vill att det ska ändras. Skicka eller lämna överklagandet "
            + "till socialtjänsten, inte till domstolen. Vi måste ha fått det inom tre veckor från den dag du fick "
            + "veta om beslutet. Vi hjälper dig gärna att skriva det.";

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
     * The letter as plain text, with the intervention named as it reads in a sentence; public so the demo
     * history writes exactly what Helhet writes.
     */
    public static String letter(Decision.Outcome outcome, Function<String, String> interventionName, String reasons,
                                String childName, LocalDate decidedOn, String decidedBy) {
        return content(outcome, interventionName, reasons, childName, List.of(), decidedOn, decidedBy).text();
    }

    /** The letter sent: to the child's guardians (and the child from 15), the decision, why, and how to appeal. */
    static Letter content(Decision.Outcome outcome, Function<String, String> interventionName, String reasons,
                          String childName, List<String> addressees, LocalDate decidedOn, String decidedBy) {
        String what = switch (outcome) {
            case Decision.Granted granted ->
                    "Vi har beslutat att " + childName + " får " + interventionName.apply(granted.interventionCode()) + ".";
            case Decision.NotGranted refused -> "Vi har beslutat att " + childName + " inte får "
                    + interventionName.apply(refused.interventionCode()) + ".";
            case Decision.NoIntervention none ->
                    "Vi har avslutat utredningen om " + childName + " utan att besluta om någon insats.";
        };
        List<Letter.Section> sections = new ArrayList<>();
        sections.add(Letter.Section.of(null, what));
        sections.add(new Letter.Section("Varför vi har beslutat så", paragraphs(reasons)));
        if (outcome instanceof Decision.NotGranted) {
            sections.add(Letter.Section.of("Om du inte är nöjd med beslutet", APPEAL));
        }
        String basis = outcome instanceof Decision.NotGranted
                ? "Beslutet är fattat enligt socialtjänstlagen (2025:400) på delegation från socialnämnden. "
                        + "Hur beslutet överklagas står i förvaltningslagen (2017:900)."
                : "Beslutet är fattat enligt socialtjänstlagen (2025:400) på delegation från socialnämnden.";
        return new Letter("Beslut", decidedOn, addressees, sections, basis,
                List.of("Med vänlig hälsning", decidedBy, "Socialtjänsten"));
    }

    /** Paragraphs as the worker separated them with an empty line. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).toList();
    }
}
