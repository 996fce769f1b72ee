package se.helhet.trace;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.helhet.access.CurrentUsers;

/**
 * The access log. The module that shows or changes a person's data calls it at the moment it does; the
 * rows are written in a transaction of their own, so a read inside a read-only transaction is recorded
 * too. The channel is the request's method and path, never its query string (which may hold a
 * personnummer someone searched for).
 */
@Service
public class Trace {

    private static final String WRITTEN = Trace.class.getName() + ".written";

    private final TraceRepository repository;
    private final CurrentUsers currentUsers;

    Trace(TraceRepository repository, CurrentUsers currentUsers) {
        this.repository = repository;
        this.currentUsers = currentUsers;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(TracedAction action, String recordType, String recordId, TracedPerson person) {
        record(action, recordType, recordId, person, null);
    }

    /**
     * The same for a read or write that relies on a consent: the row names the consent ({@code consentId}, null
     * when none), which the use has found in force at this moment.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(TracedAction action, String recordType, String recordId, TracedPerson person, UUID consentId) {
        List<TracedPerson> persons = notYetWritten(action, recordType, recordId, List.of(person));
        if (!persons.isEmpty()) {
            repository.insert(currentUsers.require(), action, recordType, recordId, persons, channel(), consentId);
        }
    }

    /** One row per person, in one batch: a search result or a family reads several at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(TracedAction action, String recordType, Collection<TracedPerson> persons) {
        List<TracedPerson> unwritten = notYetWritten(action, recordType, null, persons);
        if (!unwritten.isEmpty()) {
            repository.insert(currentUsers.require(), action, recordType, null, unwritten, channel());
        }
    }

    /**
     * A page reads the matter and the child for its header and again for its tab; the log says once per request
     * that the record was read, so a row already written in this request is not written again.
     */
    private static List<TracedPerson> notYetWritten(TracedAction action, String recordType, String recordId,
                                                    Collection<TracedPerson> persons) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return List.copyOf(persons);
        }
        var request = attributes.getRequest();
        @SuppressWarnings("unchecked")
        Set<String> written = (Set<String>) request.getAttribute(WRITTEN);
        if (written == null) {
            written = new HashSet<>();
            request.setAttribute(WRITTEN, written);
        }
        Set<String> seen = written;
        return persons.stream().filter(p -> seen.add(String.join("|", action.name(), recordType,
                recordId != null ? recordId : String.valueOf(p.id()), String.valueOf(p.reference())))).toList();
    }

    /**
     * The log review: everything done with one person's data, newest first. The review is itself a read of
     * personal data and is logged (as EXPORT when the rows leave Helhet as a file).
     */
    @Transactional
    List<TraceEntry> forPerson(String reference, int limit, boolean export) {
        repository.insert(currentUsers.require(), export ? TracedAction.EXPORT : TracedAction.READ, "trace",
                reference, List.of(new TracedPerson(null, reference)), channel());
        return repository.forPerson(reference, limit);
    }

    /**
     * The log review: everything one user did, newest first. It shows whom the user's work touched, so it is a
     * read of each of those persons' data and is logged once per person shown (as EXPORT for the file).
     */
    @Transactional
    List<TraceEntry> forUser(String username, int limit, boolean export) {
        List<TraceEntry> entries = repository.forUser(username, limit);
        Map<String, TracedPerson> shown = new LinkedHashMap<>();
        entries.stream().filter(e -> e.personReference() != null)
                .forEach(e -> shown.putIfAbsent(e.personReference(), new TracedPerson(e.personId(), e.personReference())));
        if (!shown.isEmpty()) {
            repository.insert(currentUsers.require(), export ? TracedAction.EXPORT : TracedAction.READ, "trace",
                    "user:" + username, shown.values(), channel());
        }
        return entries;
    }

    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return "internal";
    }
}
