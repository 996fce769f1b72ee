package se.helhet.instrument;

import java.util.ArrayList;
import java.util.List;

import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/**
 * Checks raw responses against an instrument and names each wrong one as JSON does ({@code responses[3]})
 * with the question as the form numbers it ("fråga 4"), so the worker finds it on the paper form.
 */
final class ResponseRules {

    private ResponseRules() {
    }

    static List<FieldProblem> problems(Instrument instrument, List<Integer> responses) {
        List<Item> items = instrument.items();
        if (responses == null || responses.size() != items.size()) {
            return List.of(new FieldProblem("responses", "Ange " + items.size()
                    + " svar, ett per fråga i formulärets ordning" + (instrument.missingAllowed()
                    ? " (null för en obesvarad fråga)" : "") + (responses == null ? "" : "; nu finns " + responses.size())));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Item item : items) {
            Integer option = responses.get(item.number() - 1);
            String field = "responses[" + (item.number() - 1) + "]";
            if (option == null && !instrument.missingAllowed()) {
                problems.add(new FieldProblem(field, "Svar saknas på fråga " + item.number() + ": alla frågor behövs"));
            } else if (option != null && (option < 0 || option >= item.options())) {
                problems.add(new FieldProblem(field, "Svaret på fråga " + item.number() + " ska vara "
                        + range(item.options()) + ", inte " + option));
            }
        }
        return problems;
    }

    static void check(Instrument instrument, List<Integer> responses) {
        List<FieldProblem> problems = problems(instrument, responses);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String range(int options) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < options; i++) {
            text.append(i == 0 ? "" : i == options - 1 ? " eller " : ", ").append(i);
        }
        return text.toString();
    }
}
