package se.helhet.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The shipped instruments as data. Items are numbers only: the wording is copyrighted (SDQ) or belongs to the
 * published forms, and an administrator may load licensed texts later.
 */
final class Instruments {

    /**
     * SDQ for ages 4-17, the same 25 items for parent, teacher and self-report. Scoring from sdqinfo.org,
     * "Scoring the SDQ for age 4-17": items 7, 11, 14, 21 and 25 are reverse-scored; a scale is prorated when
     * at least 3 of its 5 items are answered.
     */
    public static final Instrument SDQ = new Instrument("SDQ",
            IntStream.rangeClosed(1, 25).mapToObj(n -> Set.of(7, 11, 14, 21, 25).contains(n)
                    ? Item.scored(n, 2, 1, 0) : Item.scored(n, 0, 1, 2)).toList(),
            List.of(new Scale("emotional", List.of(3, 8, 13, 16, 24), 3),
                    new Scale("conduct", List.of(5, 7, 12, 18, 22), 3),
                    new Scale("hyperactivity", List.of(2, 10, 15, 21, 25), 3),
                    new Scale("peer", List.of(6, 11, 14, 19, 23), 3),
                    new Scale("prosocial", List.of(1, 4, 9, 17, 20), 3)),
            orderedSums("totalDifficulties", List.of("emotional", "conduct", "hyperactivity", "peer"),
                    "externalising", List.of("conduct", "hyperactivity"),
                    "internalising", List.of("emotional", "peer")),
            true);

    /** AUDIT (WHO): items 1-8 have five options worth 0-4, items 9-10 three options worth 0, 2 and 4. */
    public static final Instrument AUDIT = totalOf("AUDIT", 10, 8);

    /** DUDIT (Berman et al.): items 1-9 have five options worth 0-4, items 10-11 three worth 0, 2 and 4. */
    public static final Instrument DUDIT = totalOf("DUDIT", 11, 9);

    private Instruments() {
    }

    /** The instruments with items, by code; ESTER and HOME are licensed and recorded by their scores only. */
    public static Optional<Instrument> byCode(String code) {
        return switch (code) {
            case "SDQ" -> Optional.of(SDQ);
            case "AUDIT" -> Optional.of(AUDIT);
            case "DUDIT" -> Optional.of(DUDIT);
            default -> Optional.empty();
        };
    }

    /** Every form whose item texts may be loaded, in the order the administrator's page lists them. */
    public static List<InstrumentForm> forms() {
        List<InstrumentForm> forms = new ArrayList<>();
        for (Informant informant : Informant.values()) {
            forms.add(new InstrumentForm(SDQ.code(), informant.name(), SDQ.items().size()));
        }
        forms.add(new InstrumentForm(AUDIT.code(), InstrumentForm.STANDARD, AUDIT.items().size()));
        forms.add(new InstrumentForm(DUDIT.code(), InstrumentForm.STANDARD, DUDIT.items().size()));
        return forms;
    }

    public static Optional<InstrumentForm> form(String code, String form) {
        return forms().stream().filter(f -> f.instrument().equals(code) && f.form().equals(form)).findFirst();
    }

    /** A total over all items, which must all be answered: these instruments publish no proration. */
    private static Instrument totalOf(String code, int items, int fiveOptionItems) {
        List<Item> list = new ArrayList<>();
        for (int n = 1; n <= items; n++) {
            list.add(n <= fiveOptionItems ? Item.scored(n, 0, 1, 2, 3, 4) : Item.scored(n, 0, 2, 4));
        }
        return new Instrument(code, list,
                List.of(new Scale("total", IntStream.rangeClosed(1, items).boxed().toList(), items)), Map.of(), false);
    }

    private static Map<String, List<String>> orderedSums(String n1, List<String> s1, String n2, List<String> s2,
                                                         String n3, List<String> s3) {
        var sums = new LinkedHashMap<String, List<String>>();
        sums.put(n1, s1);
        sums.put(n2, s2);
        sums.put(n3, s3);
        return sums;
    }
}
