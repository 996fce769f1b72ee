package se.helhet.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.family.FamilyView.MatterRow;
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.FamilyMember;
import se.helhet.person.FamilySection;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.routine.NextStops;
import se.helhet.worklist.Worklists;

/**
 * Puts the family view together from the owners: the person and the members from {@code People}, the matters
 * from {@code Matters} (which decides what the reader sees of each and traces it), the next deadlines from the
 * worklist, and each contributed section, which checks and traces its own reads.
 */
@Service
class FamilyViews {

    /** How long a closed matter stays in the family view. */
    static final int RECENT_MONTHS = 12;

    private final People people;
    private final Matters matters;
    private final Worklists worklists;
    private final StaffDirectory staff;
    private final ObjectProvider<FamilySection> sections;
    private final NextStops nextStops;
    private final java.time.Clock clock;

    FamilyViews(People people, Matters matters, Worklists worklists, StaffDirectory staff,
                ObjectProvider<FamilySection> sections, NextStops nextStops, java.time.Clock clock) {
        this.people = people;
        this.matters = matters;
        this.worklists = worklists;
        this.staff = staff;
        this.sections = sections;
        this.nextStops = nextStops;
        this.clock = clock;
    }

    FamilyView of(UUID personId) {
        Person person = people.get(personId);
        List<FamilyMember> members = people.family(personId);
        List<MatterRow> rows = matters(members);
        var context = new FamilySection.FamilyContext(personId,
                members.stream().map(m -> m.person().id()).toList());
        List<FamilyView.Section> parts = sections.orderedStream()
                .sorted(Comparator.comparingInt(FamilySection::order))
                .map(s -> new FamilyView.Section(s.key(), s.fragment(), s.contentFor(context)))
                .filter(s -> s.content() != null)
                .toList();
        return new FamilyView(person, members, rows, workers(rows), parts);
    }

    /**
     * The person's own matters as the family view shows them, for the person page; its members are read as the
     * family view reads them, so a protected relative stays a row without a name.
     */
    List<MatterRow> ofPerson(UUID personId) {
        return matters(people.family(personId)).stream().filter(r -> r.member().person().id().equals(personId))
                .toList();
    }

    private List<MatterRow> matters(List<FamilyMember> members) {
        // A protected member the reader may not see keeps their row in the family, but no matter names them.
        Map<UUID, FamilyMember> visible = members.stream().filter(m -> !m.hidden())
                .collect(Collectors.toMap(m -> m.person().id(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UUID, Unit> units = staff.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<UUID, String> names = new java.util.HashMap<>();
        LocalDate since = LocalDate.now(clock).minusMonths(RECENT_MONTHS);
        ZoneId zone = clock.getZone();
        var seenMatters = matters.ofFamily(visible.keySet(), since);
        var next = worklists.forMatters(seenMatters.stream()
                .filter(f -> f.readable() && f.matter().kind().childAndYouth() && f.matter().open())
                .map(f -> f.matter().id()).toList());
        var stops = nextStops.of(seenMatters.stream().filter(f -> f.matter().open()).map(f -> f.matter().id())
                .toList());
        return seenMatters.stream().map(seen -> {
            Matter m = seen.matter();
            String responsible = m.responsibleWorkerId() == null ? null
                    : names.computeIfAbsent(m.responsibleWorkerId(), id -> staff.byId(id)
                            .map(CurrentUser::displayName).orElse(null));
            Unit unit = units.get(m.unitId());
            return new MatterRow(m.id(), m.kind(), visible.get(m.personId()), m.unitId(),
                    unit == null ? null : unit.name(), m.responsibleWorkerId(), responsible,
                    LocalDate.ofInstant(m.openedAt(), zone), m.closedOn(), seen.readable(),
                    seen.readable() ? m.level() : null,
                    next.get(m.id()), stops.get(m.id()));
        }).sorted(Comparator.comparing((MatterRow r) -> !r.open()).thenComparing(MatterRow::openedOn,
                Comparator.reverseOrder())).toList();
    }

    private static List<FamilyView.Worker> workers(List<MatterRow> rows) {
        Map<UUID, List<MatterRow>> byWorker = rows.stream().filter(r -> r.open() && r.responsibleId() != null)
                .collect(Collectors.groupingBy(MatterRow::responsibleId, LinkedHashMap::new, Collectors.toList()));
        return byWorker.values().stream().map(theirs -> new FamilyView.Worker(theirs.getFirst().responsibleId(),
                        theirs.getFirst().responsible(), theirs.getFirst().unit(),
                        theirs.stream().map(MatterRow::kind).distinct().toList()))
                .filter(w -> Objects.nonNull(w.name()))
                .toList();
    }
}
