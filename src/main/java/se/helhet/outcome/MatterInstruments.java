package se.helhet.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.instrument.Administration;
import se.helhet.instrument.InstrumentAdministrations;
import se.helhet.matter.Matter;
import se.helhet.person.People;

/**
 * The instrument administrations given in a matter, to the child and to its parents, as series over the time
 * points. The instrument module says which persons have administrations in the matter and gives each person's
 * administrations, checking the right to each person and logging the read. A parent the reader may not see is
 * left out.
 */
@Service
class MatterInstruments {

    private final InstrumentAdministrations administrations;
    private final People people;

    MatterInstruments(InstrumentAdministrations administrations, People people) {
        this.administrations = administrations;
        this.people = people;
    }

    /**
     * The child's series first, then each parent's; within a person by instrument and informant. For a matter the
     * caller has already read through {@code Matters.get} (access checked, traced).
     */
    public List<InstrumentSeries> forMatter(Matter matter) {
        UUID matterId = matter.id();
        List<UUID> persons = administrations.personsIn(matter);
        List<InstrumentSeries> series = new ArrayList<>();
        for (UUID person : persons) {
            try {
                List<Administration> given = administrations.forPerson(person).stream()
                        .filter(a -> matterId.equals(a.matterId())).toList();
                boolean child = person.equals(matter.personId());
                series.addAll(series(person, child ? null : people.get(person).name(), child, given));
            } catch (AccessDeniedException e) {
                // Confidentiality between units: the parent's record belongs to another unit.
            }
        }
        return series;
    }

    private static List<InstrumentSeries> series(UUID person, String name, boolean child, List<Administration> given) {
        Map<String, List<Administration>> byKind = new LinkedHashMap<>();
        given.stream().sorted(Comparator.comparing(Administration::instrument)
                        .thenComparing(a -> a.informant() == null ? "" : a.informant().name())
                        .thenComparing(Administration::timePoint).thenComparing(Administration::administeredOn))
                .forEach(a -> byKind.computeIfAbsent(a.instrument() + "/" + a.informant(), k -> new ArrayList<>()).add(a));
        return byKind.values().stream().map(list -> {
            List<InstrumentSeries.Point> points = new ArrayList<>();
            Integer before = null;
            for (Administration a : list) {
                Integer total = total(a);
                points.add(new InstrumentSeries.Point(a.timePoint(), a.administeredOn(), total, band(a),
                        total == null || before == null ? null : total - before, a.scores()));
                before = total == null ? before : total;
            }
            return new InstrumentSeries(person, name, child, list.getFirst().instrument(), list.getFirst().informant(),
                    points);
        }).toList();
    }

    private static Integer total(Administration a) {
        return switch (a.instrument()) {
            case "SDQ" -> a.scores().get("totalDifficulties");
            default -> a.scores().get("total");
        };
    }

    private static String band(Administration a) {
        if (a.bands() != null) {
            return a.bands().threeBand().totalDifficulties();
        }
        return a.band();
    }
}
