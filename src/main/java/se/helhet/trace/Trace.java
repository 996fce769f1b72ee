package se.helhet.trace;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.helhet.access.CurrentUsers;

/**
 * The access log. The module that shows or changes a person's data calls it at the moment it does, and the call
 * returns once the rows are committed, in a transaction of their own (shared with the rows of concurrent requests,
 * {@link TraceWriter}), so a read inside a read-only transaction is recorded too and no page is sent before its rows
 * are on disk. The channel is the request's method and path, never its query string (which may hold a
 * personnummer someone searched for).
 */
@Service
public class Trace {

    private static final String WRITTEN = Trace.class.getName() + ".written";

    private final TraceRepository repository;
    private final TraceWriter writer;
    private final CurrentUsers currentUsers;

    Trace(TraceRepository repository, TraceWriter writer, CurrentUsers currentUsers) {
        this.repository = repository;
        this.writer = writer;
        this.currentUsers = currentUsers;
    }

    public void record(TracedAction action, String recordType, String recordId, TracedPerson person) {
        record(action, recordType, recordId, person, null);
    }

    /**
     * The same for a read or write that relies on a consent: the row names the consent ({@code consentId}, null
     * when none), which the use has found in force at this moment.
     */
    public void record(TracedAction action, String recordType, String recordId, TracedPerson person, UUID consentId) {
        write(action, recordType, recordId, notYetWritten(action, recordType, recordId, List.of(person)), consentId);
    }

    /** One row per person, committed together: a search result or a family reads several at once. */
    public void recordAll(TracedAction action, String recordType, Collection<TracedPerson> persons) {
        recordAll(List.of(new Reads(action, recordType, persons)));
    }

    /** Persons touched one way for one answer: a row each, under the action and record type. */
    public record Reads(TracedAction action, String recordType, Collection<TracedPerson> persons) {
    }

    /**
     * The rows of several reads made for one answer, in one commit: a search's matches and the records of them it
     * shows are written together, not one commit after the other.
     */
    public void recordAll(List<Reads> reads) {
        List<Reads> unwritten = reads.stream().map(r -> new Reads(r.action(), r.recordType(),
                notYetWritten(r.action(), r.recordType(), null, r.persons()))).toList();
        if (unwritten.stream().allMatch(r -> r.persons().isEmpty())) {
            return;
        }
        var user = currentUsers.require();
        String channel = channel();
        writer.write(unwritten.stream().flatMap(r -> r.persons().stream()
                .map(p -> new TraceRow(user, r.action(), r.recordType(), null, p, channel, null))).toList());
    }

    private void write(TracedAction action, String recordType, String recordId, List<TracedPerson> persons,
                       UUID consentId) {
        if (persons.isEmpty()) {
            return;
        }
        var user = currentUsers.require();
        String channel = channel();
        writer.write(persons.stream()
                .map(p -> new TraceRow(user, action, recordType, recordId, p, channel, consentId))
                .toList());
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
