package se.helhet.instrument;

import java.util.List;

import se.helhet.platform.FieldProblems;

/**
 * Checks raw responses against an instrument and names each wrong one as JSON does ({@code responses[3]})
 * with the question as the form numbers it ("fråga 4"), so the worker finds it on the paper form.
 */
final class ResponseRules {

    private ResponseRules() {
    }

    static void check(Instrument instrument, List<Integer> responses, FieldProblems problems) {
        List<Item> items = instrument.items();
        if (responses == null || responses.size() != items.size()) {
            problems.add("responses", "instrument.problem.responses", items.size(), instrument.missingAllowed() ? 1 : 0,
                    responses == null ? -1 : responses.size());
            return;
        }
        for (Item item : items) {
            Integer option = responses.get(item.number() - 1);
            String field = "responses[" + (item.number() - 1) + "]";
            if (option == null && !instrument.missingAllowed()) {
                problems.add(field, "instrument.problem.response.missing", item.number());
            } else if (option != null && (option < 0 || option >= item.options())) {
                problems.add(field, "instrument.problem.response.range", item.number(), allButLast(item.options()),
                        item.options() - 1, option);
            }
        }
    }

    /** The options before the last, "0, 1, 2": the text puts "or" before the last in its own language. */
    private static String allButLast(int options) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < options - 1; i++) {
            text.append(i == 0 ? "" : ", ").append(i);
        }
        return text.toString();
    }
}
