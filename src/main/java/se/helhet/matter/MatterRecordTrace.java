package se.helhet.matter;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUsers;
import se.helhet.person.People;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * A record kept in a matter (a case note, a consent, a school outcome) is about the matter's child: reading or
 * changing it leaves a trace naming that child.
 */
@Component
public class MatterRecordTrace {

    private final People people;
    private final Trace trace;
    private final MatterAccess access;
    private final CurrentUsers currentUsers;

    MatterRecordTrace(People people, Trace trace, MatterAccess access, CurrentUsers currentUsers) {
        this.people = people;
        this.trace = trace;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    /**
     * The matter's records of one kind, the reading traced; the caller has read the matter through {@code Matters.get}.
     * A read under consent is asked again, at this moment, and names the consent.
     */
    public <T> List<T> read(Matter matter, String recordType, Function<UUID, List<T>> forMatter) {
        MatterAccess.Reading reading = access.reading(currentUsers.require(), matter)
                .orElseThrow(() -> new AccessDeniedException("No right to this matter"));
        List<T> found = forMatter.apply(matter.id());
        // Named by the matter, as Matters.read names the same kind of read: one record, one name in the log.
        trace.record(TracedAction.READ, recordType, matter.id().toString(), people.traceReference(matter.personId()),
                reading.consentId());
        return found;
    }

    public void record(TracedAction action, Matter matter, String recordType, UUID id) {
        record(action, matter.personId(), recordType, id.toString());
    }

    /** The same for a record that relies on a consent, which the row names. */
    public void record(TracedAction action, Matter matter, String recordType, UUID id, UUID consentId) {
        trace.record(action, recordType, id.toString(), people.traceReference(matter.personId()), consentId);
    }

    /** The same where the record names the child itself (as an intervention does), without reading the matter. */
    public void record(TracedAction action, UUID childId, String recordType, String recordId) {
        trace.record(action, recordType, recordId, people.traceReference(childId));
    }
}
