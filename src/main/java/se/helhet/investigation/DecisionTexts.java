package se.helhet.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import se.helhet.common.Phrase;
import se.helhet.letter.Letter;
import se.helhet.platform.UserTexts;

/**
 * The decision letter in plain Swedish, whatever language the worker's page is in: it goes to the family. A refusal
 * can be appealed, and the letter then says how, in the words a family understands: to whom, by when, and that help
 * is available.
 */
public final class DecisionTexts {

    private DecisionTexts() {
    }

    static Phrase outcome(Decision d) {
        return switch (d.outcome()) {
            case Decision.Granted granted -> new Phrase("investigation.outcome.granted", granted.interventionCode());
            case Decision.NotGranted refused -> new Phrase("investigation.outcome.refused", refused.interventionCode());
            case Decision.NoIntervention none -> new Phrase("investigation.outcome.none");
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
                    sv("investigation.decision-letter.granted", childName, interventionName.apply(granted.interventionCode()));
            case Decision.NotGranted refused ->
                    sv("investigation.decision-letter.refused", childName, interventionName.apply(refused.interventionCode()));
            case Decision.NoIntervention none -> sv("investigation.decision-letter.none", childName);
        };
        List<Letter.Section> sections = new ArrayList<>();
        sections.add(Letter.Section.of(null, what));
        sections.add(new Letter.Section(sv("investigation.decision-letter.reasons.heading"), paragraphs(reasons)));
        if (outcome instanceof Decision.NotGranted) {
            sections.add(Letter.Section.of(sv("investigation.decision-letter.appeal.heading"),
                    sv("investigation.decision-letter.appeal")));
        }
        String basis = outcome instanceof Decision.NotGranted
                ? sv("investigation.decision-letter.basis.appealable")
                : sv("investigation.decision-letter.basis");
        return new Letter(sv("investigation.decision-letter.title"), decidedOn, addressees, sections, basis,
                List.of(sv("investigation.letter.regards"), decidedBy, sv("investigation.letter.social-services")));
    }

    private static String sv(String key, Object... args) {
        return UserTexts.text(UserTexts.SWEDISH, key, args);
    }

    /** Paragraphs as the worker separated them with an empty line. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).toList();
    }
}
