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
            problems.add("responses", "Ange " + items.size()
                    + " svar, ett per fråga i formulärets ordning" + (instrument.missingAllowed()
                    ? " (null för en obesvarad fråga)" : "") + (responses == null ? "" : "; nu finns " + responses.size()));
            return;
        }
        for (Item item : items) {
            Integer option = responses.get(item.number() - 1);
            String field = "responses[" + (item.number() - 1) + "]";
            if (option == null && !instrument.missingAllowed()) {
                problems.add(field, "Svar saknas på fråga " + item.number() + ": alla frågor behövs");
            } else if (option != null && (option < 0 || option >= item.options())) {
                problems.add(field, "Svaret på fråga " + item.number() + " ska vara "
                        + range(item.options()) + ", inte " + option);
            }
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
