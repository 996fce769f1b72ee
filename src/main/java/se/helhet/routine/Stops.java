package se.helhet.routine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * The families' stops: shown to those who may read one of the family's matters in the match, each read traced
 * through {@code Matters.read} for the matters the reader may read; a consultation recorded by someone who may
 * work in one of them, traced for every person of the match.
 */
@Service
class Stops {

    static final String RECORD = "stop";

    /** What the page and the API send for a held consultation. */
    record ConsultationInput(String heldOn, List<String> participantIds, String agreed, String nextStep) {
    }

    private final StopRepository stops;
    private final StopQueries queries;
    private final FamilyMatters family;
    private final Matters matters;
    private final MatterRecordTrace trace;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final People people;
    private final Clock clock;

    Stops(StopRepository stops, StopQueries queries, FamilyMatters family, Matters matters, MatterRecordTrace trace,
          StaffDirectory staff, CurrentUsers currentUsers, People people, Clock clock) {
        this.stops = stops;
        this.queries = queries;
        this.family = family;
        this.matters = matters;
        this.trace = trace;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.people = people;
        this.clock = clock;
    }

    /** The stops of the person's family that the reader may see, the newest match first. */
    List<FamilyStops> forFamilyOf(UUID personId) {
        return forMembers(people.familyIds(personId));
    }

    List<FamilyStops> forMembers(Collection<UUID> memberIds) {
        return shown(stops.matchesHolding(family.ofPersons(memberIds)));
    }

    /** One stop, with its match, for a reader of one of the match's matters (otherwise 403). */
    FamilyStops get(UUID stopId) {
        StopRepository.Stop stop = stops.findStop(stopId).orElseThrow(() -> new NotFoundException("routine.stop.notFound"));
        StopRepository.Match match = stops.match(stop.matchId()).orElseThrow();
        List<FamilyStops> shown = shown(List.of(match));
        if (shown.isEmpty()) {
            throw new AccessDeniedException("No right to the family's matters");
        }
        return shown.getFirst();
    }

    /** The stops ahead or passed without a consultation in families where the user is a responsible worker. */
    List<FamilyStops> mine() {
        CurrentUser user = currentUsers.require();
        return shown(stops.matchesHolding(family.openOfWorker(user.id()))).stream()
                .filter(f -> f.stops().stream().anyMatch(s -> !"HELD".equals(s.state())))
                .toList();
    }

    @Transactional
    FamilyStops.ConsultationView record(UUID stopId, ConsultationInput input) {
        CurrentUser user = currentUsers.require();
        StopRepository.Stop stop = stops.findStop(stopId).orElseThrow(() -> new NotFoundException("routine.stop.notFound"));
        List<UUID> matterIds = stops.mattersOf(stop.matchId());
        UUID workable = matterIds.stream().filter(matters::mayWork).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No right to work in the family's matters"));
        matters.workable(workable);
        FieldProblems problems = new FieldProblems();
        LocalDate heldOn = problems.happened(input.heldOn(), "heldOn", LocalDate.now(clock));
        String agreed = problems.required(input.agreed(), "agreed", "routine.consultation.problem.agreed", 10_000);
        String nextStep = problems.text(input.nextStep(), "nextStep", 5000);
        List<UUID> participants = participants(input.participantIds(), problems);
        problems.refuseIfAny();
        UUID id = UUID.randomUUID();
        stops.insertConsultation(id, stopId, heldOn, participants, agreed, nextStep, user.id());
        family.byIds(matterIds).stream().map(FamilyMatters.FamilyMatter::personId).distinct()
                .forEach(person -> trace.record(TracedAction.CREATE, person, "stop-consultation", id.toString()));
        return stops.consultationsOf(List.of(stopId)).stream().filter(c -> c.id().equals(id))
                .map(this::consultation).findFirst().orElseThrow();
    }

    private List<UUID> participants(List<String> typed, FieldProblems problems) {
        List<UUID> ids = new ArrayList<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            if (FieldProblems.blank(value)) {
                continue;
            }
            try {
                UUID id = UUID.fromString(value.strip());
                if (staff.byId(id).isEmpty()) {
                    problems.add("participantIds", "routine.consultation.problem.participant");
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException e) {
                problems.add("participantIds", "routine.consultation.problem.participant");
            }
        }
        if (ids.isEmpty() && !problems.has("participantIds")) {
            problems.add("participantIds", "routine.consultation.problem.participants");
        }
        return ids;
    }

    /** The matches the reader may see, each read traced for the matters the reader may read. */
    private List<FamilyStops> shown(List<StopRepository.Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> matterIds = matches.stream()
                .collect(Collectors.toMap(StopRepository.Match::id, m -> stops.mattersOf(m.id())));
        Set<UUID> readable = matters.readable(matterIds.values().stream().flatMap(List::stream).toList());
        List<StopRepository.Match> visible = matches.stream()
                .filter(m -> matterIds.get(m.id()).stream().anyMatch(readable::contains)).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        visible.forEach(m -> matterIds.get(m.id()).stream().filter(readable::contains)
                .forEach(matter -> matters.read(matter, RECORD, m.id().toString())));
        List<StopRepository.Stop> all = stops.stopsOf(visible.stream().map(StopRepository.Match::id).toList());
        List<UUID> stopIds = all.stream().map(StopRepository.Stop::id).toList();
        Map<UUID, StopQueries.GateEvent> events = queries.events(stopIds);
        Map<UUID, List<StopRepository.Consultation>> held = stops.consultationsOf(stopIds).stream()
                .collect(Collectors.groupingBy(StopRepository.Consultation::stopId));
        LocalDate today = LocalDate.now(clock);
        return visible.stream().map(m -> new FamilyStops(m.id(), m.routineId(), m.routineName(), m.matchedOn(),
                        // Another unit's matter is named by kind, unit and worker only: its id is for its readers.
                        family.byIds(matterIds.get(m.id())).stream().map(f -> new FamilyStops.Participant(
                                readable.contains(f.id()) ? f.id() : null, f.kind(), f.unitName(), f.workerId(),
                                f.workerName(), f.open())).toList(),
                        all.stream().filter(s -> s.matchId().equals(m.id()))
                                .map(s -> view(m, s, events.get(s.id()), held.getOrDefault(s.id(), List.of()), today))
                                .toList()))
                .toList();
    }

    private FamilyStops.StopView view(StopRepository.Match match, StopRepository.Stop s, StopQueries.GateEvent event,
                                      List<StopRepository.Consultation> held, LocalDate today) {
        StopState state = StopState.of(s.gate(), s.dueOn(), event,
                held.stream().map(StopRepository.Consultation::heldOn).toList(), today);
        return new FamilyStops.StopView(s.id(), s.matchId(), match.routineName(), s.position(), s.name(),
                s.gate().name(), s.workingDays(), s.matterKind(), s.acute(), s.guidance(), s.dueOn(),
                event == null ? null : event.on(), state.name(), state.flagged(),
                held.stream().sorted(Comparator.comparing(StopRepository.Consultation::heldOn))
                        .map(this::consultation).toList());
    }

    private FamilyStops.ConsultationView consultation(StopRepository.Consultation c) {
        return new FamilyStops.ConsultationView(c.id(), c.heldOn(), c.participantIds(),
                c.participantIds().stream().map(id -> staff.byId(id).map(u -> u.displayName()).orElse("–")).toList(),
                c.agreed(), c.nextStep(), c.recordedBy(), c.recordedAt());
    }
}
