package se.helhet.outcome;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.helhet.matter.Matter;
import se.helhet.person.People;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** Every outcome record is about the matter's child: reading or writing one leaves a trace naming that child. */
@Component
class ChildRecordTrace {

    private final People people;
    private final Trace trace;

    ChildRecordTrace(People people, Trace trace) {
        this.people = people;
        this.trace = trace;
    }

    /** The matter's records of one kind, the reading traced; the caller has read the matter through {@code Matters.get}. */
    <T> List<T> read(Matter matter, String recordType, Function<UUID, List<T>> forMatter) {
        List<T> found = forMatter.apply(matter.id());
        trace.record(TracedAction.READ, recordType, null, people.traceReference(matter.childId()));
        return found;
    }

    void record(TracedAction action, Matter matter, String recordType, UUID id) {
        trace.record(action, recordType, id.toString(), people.traceReference(matter.childId()));
    }
}
