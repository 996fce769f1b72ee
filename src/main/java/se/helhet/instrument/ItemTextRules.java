package se.helhet.instrument;

import java.util.ArrayList;
import java.util.List;

import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;

/**
 * A form's texts come as a whole, one per question in the questionnaire's order: a count that differs from the
 * form's would put every text beside the wrong number, so it is refused, as is an empty or overlong text,
 * named by its question ("fråga 4") as on the paper form.
 */
final class ItemTextRules {

    static final int MAX_LENGTH = 500;

    private ItemTextRules() {
    }

    static List<String> check(InstrumentForm form, List<String> texts) {
        if (texts == null || texts.size() != form.items()) {
            throw new InvalidInputException("texts", "instrument.itemTexts.problem.count", form.instrument(),
                    form.items(), texts == null ? -1 : texts.size());
        }
        FieldProblems problems = new FieldProblems();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i).strip();
            if (text.isEmpty()) {
                problems.add("texts[" + i + "]", "instrument.itemTexts.problem.missing", i + 1);
            } else if (text.length() > MAX_LENGTH) {
                problems.add("texts[" + i + "]", "instrument.itemTexts.problem.tooLong", i + 1, MAX_LENGTH);
            }
            checked.add(text);
        }
        problems.refuseIfAny();
        return checked;
    }
}
