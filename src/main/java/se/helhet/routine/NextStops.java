package se.helhet.routine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The next stop of each of a family's matters: what a worker with a matter of their own in the family may know of
 * another unit's matter besides its kind, unit and responsible worker (the family view). The caller decides whom it
 * shows the matters to and traces that; a stop carries no content of the matter.
 */
@Service
public class NextStops {

    /** A stop not yet held: its name, the last day when it has one, and whether it is already passed. */
    public record NextStop(String name, LocalDate dueOn, boolean passed) {
    }

    private static final Comparator<NextStop> FIRST = Comparator.comparing(NextStop::passed).reversed()
            .thenComparing(NextStop::dueOn, Comparator.nullsLast(Comparator.naturalOrder()));

    private final StopRepository stops;
    private final StopQueries queries;
    private final Clock clock;

    NextStops(StopRepository stops, StopQueries queries, Clock clock) {
        this.stops = stops;
        this.queries = queries;
        this.clock = clock;
    }

    /** For each matter in a routine's match, its stop to hold first (a passed one before one ahead). */
    public Map<UUID, NextStop> of(Collection<UUID> matterIds) {
        List<StopRepository.Match> matches = stops.matchesHolding(matterIds);
        if (matches.isEmpty()) {
            return Map.of();
        }
        List<StopRepository.Stop> all = stops.stopsOf(matches.stream().map(StopRepository.Match::id).toList());
        List<UUID> stopIds = all.stream().map(StopRepository.Stop::id).toList();
        Map<UUID, StopQueries.GateEvent> events = queries.events(stopIds);
        Map<UUID, List<LocalDate>> held = stops.consultationsOf(stopIds).stream().collect(Collectors.groupingBy(
                StopRepository.Consultation::stopId,
                Collectors.mapping(StopRepository.Consultation::heldOn, Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, NextStop> byMatch = new HashMap<>();
        for (StopRepository.Stop s : all) {
            StopState state = StopState.of(s.gate(), s.dueOn(), events.get(s.id()), held.getOrDefault(s.id(), List.of()),
                    today);
            if (state != StopState.HELD) {
                byMatch.merge(s.matchId(), new NextStop(s.name(), s.dueOn(), state.flagged()),
                        (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<UUID, NextStop> byMatter = new HashMap<>();
        for (StopRepository.Match match : matches) {
            NextStop next = byMatch.get(match.id());
            if (next != null) {
                stops.mattersOf(match.id()).stream().filter(matterIds::contains).forEach(matter ->
                        byMatter.merge(matter, next, (a, b) -> FIRST.compare(a, b) <= 0 ? a : b));
            }
        }
        return byMatter;
    }
}
