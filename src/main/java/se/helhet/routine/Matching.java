package se.helhet.routine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.helhet.common.SwedishCalendar;
import se.helhet.matter.MatterKind;
import se.helhet.matter.MatterOpened;
import se.helhet.person.People;

/**
 * When a matter opens, the family may start to match a routine: a matter of every kind the routine names is now
 * open at the same time in the family. Its stops are then set, in the opening's transaction. A matter that opens
 * in a family already matching joins the match (financial aid opened after the domestic-violence matter, so its
 * worker takes part from then on).
 */
@Component
class Matching {

    /** Where matches are looked up and set: the database, or rows gathered for many families and written at once. */
    interface Matches {

        /** The routine's newest match that holds one of these matters. */
        Optional<UUID> matchHolding(UUID routineId, Collection<UUID> matterIds);

        void insertMatch(UUID id, UUID routineId, LocalDate matchedOn);

        /** Adds the matter to the match; a matter already in it is left as it is. */
        void addMatter(UUID matchId, UUID matterId);

        void insertStop(UUID matchId, Routine.Step step, LocalDate dueOn);
    }

    private final RoutineRepository routines;
    private final StopRepository stops;
    private final FamilyMatters family;
    private final People people;

    Matching(RoutineRepository routines, StopRepository stops, FamilyMatters family, People people) {
        this.routines = routines;
        this.stops = stops;
        this.family = family;
        this.people = people;
    }

    @EventListener
    void on(MatterOpened opened) {
        match(opened);
    }

    /** Sets the stops of every routine the family now matches; a match already set is joined, never doubled. */
    void match(MatterOpened opened) {
        match(opened, family.openOf(people.familyIds(opened.personId())), routines.activeConcerning(opened.kind()),
                stops);
    }

    /**
     * The matching itself, given the matters open now in the opened matter's family and the active routines its
     * kind takes part in.
     */
    static void match(MatterOpened opened, List<FamilyMatters.FamilyMatter> open, List<Routine> concerning,
                      Matches matches) {
        for (Routine routine : concerning) {
            List<FamilyMatters.FamilyMatter> concerned = open.stream().filter(m -> routine.concerns(m.kind())).toList();
            Set<UUID> ids = concerned.stream().map(FamilyMatters.FamilyMatter::id).collect(Collectors.toSet());
            var already = matches.matchHolding(routine.id(), ids.stream().filter(id -> !id.equals(opened.matterId()))
                    .toList());
            if (already.isPresent()) {
                matches.addMatter(already.get(), opened.matterId());
                continue;
            }
            Set<MatterKind> kinds = concerned.stream().map(FamilyMatters.FamilyMatter::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatterKind.class)));
            if (kinds.containsAll(routine.appliesWhen())) {
                // The family matches from the day the last of its matters opened.
                LocalDate matchedOn = concerned.stream().map(FamilyMatters.FamilyMatter::openedOn)
                        .reduce(opened.openedOn(), (a, b) -> a.isAfter(b) ? a : b);
                start(routine, ids, matchedOn, matches);
            }
        }
    }

    private static void start(Routine routine, Set<UUID> matterIds, LocalDate matchedOn, Matches matches) {
        UUID match = UUID.randomUUID();
        matches.insertMatch(match, routine.id(), matchedOn);
        matterIds.forEach(m -> matches.addMatter(match, m));
        for (Routine.Step step : routine.stops()) {
            matches.insertStop(match, step, step.gate() == Gate.WITHIN_WORKING_DAYS
                    ? workingDaysAfter(matchedOn, step.workingDays()) : null);
        }
    }

    /** The last day of a limit of working days from a day: 0 is the day itself, or the next working day. */
    static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = SwedishCalendar.isWorkingDay(from) ? from : SwedishCalendar.nextWorkingDay(from);
        for (int i = 0; i < days; i++) {
            day = SwedishCalendar.nextWorkingDay(day);
        }
        return day;
    }
}
