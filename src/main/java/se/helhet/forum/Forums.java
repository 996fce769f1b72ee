package se.helhet.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.access.UnitKind;
import se.helhet.consent.ConsentScope;
import se.helhet.consent.Consents;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * Forums, their meetings and the consultations brought to them. The forum is run by social services: social
 * workers and unit managers use it; the analyst sees how many. An anonymous consultation is no personal data,
 * so bringing and reading one leaves no row in the access log, which would otherwise tie it to a time and a
 * worker's other work; one with consent is the child's, and traced as such with the consent named.
 */
@Service
class Forums {

    static final String RECORD = "forum-consultation";

    private final ForumRepository repository;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;
    private final People people;
    private final Consents consents;
    private final Trace trace;
    private final Clock clock;

    Forums(ForumRepository repository, CurrentUsers currentUsers, StaffDirectory staff, People people,
           Consents consents, Trace trace, Clock clock) {
        this.repository = repository;
        this.currentUsers = currentUsers;
        this.staff = staff;
        this.people = people;
        this.consents = consents;
        this.trace = trace;
        this.clock = clock;
    }

    List<Forum> forums() {
        requireForumUser();
        return repository.forums();
    }

    Forum forum(UUID id) {
        requireForumUser();
        return find(id);
    }

    @Transactional
    Forum create(NewForum input) {
        CurrentUser user = requireForumUser();
        Unit unit = input.unitId() == null ? defaultUnit(user)
                : user.units().stream().filter(u -> u.id().equals(input.unitId())).findFirst().orElse(null);
        boolean knownArea = input.areaId() != null
                && people.areas().stream().anyMatch(a -> a.id().equals(input.areaId()));
        Forum forum = ForumRules.forum(input, unit == null ? null : unit.id(), unit == null ? null : unit.name(),
                knownArea);
        repository.insert(forum, user.id());
        return forum;
    }

    List<ForumMeeting> meetings(UUID forumId) {
        requireForumUser();
        find(forumId);
        return repository.meetings(forumId);
    }

    ForumMeeting meeting(UUID forumId, UUID meetingId) {
        requireForumUser();
        return repository.meeting(meetingId).filter(m -> m.forumId().equals(forumId))
                .orElseThrow(() -> new NotFoundException("forum.notFound.meeting"));
    }

    @Transactional
    ForumMeeting recordMeeting(UUID forumId, NewMeeting input) {
        CurrentUser user = requireForumUser();
        find(forumId);
        ForumMeeting meeting = ForumRules.meeting(forumId, input, LocalDate.now(clock), staff);
        repository.insert(meeting, user.id());
        return repository.meeting(meeting.id()).orElseThrow();
    }

    /**
     * The meeting's consultations. One brought with consent shows its child only while the consent is still in
     * force (asked now) and to a reader who may read the child; that read is traced naming the consent.
     */
    List<ConsultationView> consultations(UUID forumId, UUID meetingId) {
        Forum forum = forum(forumId);
        meeting(forumId, meetingId);
        return repository.consultations(meetingId).stream().map(c -> view(forum, c)).toList();
    }

    private ConsultationView view(Forum forum, Consultation c) {
        if (c.anonymous()) {
            return new ConsultationView(c, null, false);
        }
        UUID child = c.consent().childId();
        Optional<UUID> inForce = consents.inForce(child, forum.unitId(), ConsentScope.FORUM_CONSULTATION);
        if (inForce.isEmpty()) {
            return new ConsultationView(c, null, false);
        }
        ListedPerson listed = people.listed(List.of(child), RECORD).get(child);
        if (listed != null) {
            trace.record(TracedAction.READ, RECORD, c.id().toString(), people.traceReference(child), inForce.get());
        }
        return new ConsultationView(c, listed, true);
    }

    /**
     * A question brought to a meeting. Anonymously ({@code childId} null) it is stored with its meeting and nothing
     * that points at a person, and leaves no trace row. With consent, a consent for FORUM_CONSULTATION to the
     * forum's unit must be in force at this moment, the worker must be one who may read the child, and the access
     * log names the consent.
     */
    @Transactional
    Consultation bring(UUID forumId, UUID meetingId, NewConsultation input) {
        Forum forum = forum(forumId);
        meeting(forumId, meetingId);
        if (input.childId() == null) {
            Consultation consultation = ForumRules.consultation(meetingId, input, null);
            repository.insert(consultation);
            return consultation;
        }
        if (people.listed(List.of(input.childId()), RECORD).isEmpty()) {
            throw new AccessDeniedException("No right to this child");
        }
        UUID consent = consents.inForce(input.childId(), forum.unitId(), ConsentScope.FORUM_CONSULTATION)
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("childId",
                        "forum.problem.childId.noConsent", forum.unitName()))));

        Consultation consultation = ForumRules.consultation(meetingId, input,
                new Consultation.ConsentLink(input.childId(), consent));
        repository.insert(consultation);
        repository.insertConsent(consultation);
        trace.record(TracedAction.CREATE, RECORD, consultation.id().toString(), people.traceReference(input.childId()),
                consent);
        return consultation;
    }

    /** Meetings and consultations per forum: numbers only, for the analyst too. */
    List<ForumRepository.Counts> counts() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER, Role.ANALYST)) {
            throw new AccessDeniedException("Not a forum user or analyst");
        }
        return repository.counts();
    }

    /** Whether the user may use the forum's pages (the analyst gets its counts only). */
    boolean mayUse() {
        return currentUsers.require().hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER);
    }

    private Forum find(UUID id) {
        return repository.forum(id).orElseThrow(() -> new NotFoundException("forum.notFound"));
    }

    private CurrentUser requireForumUser() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("The forum is for social workers and unit managers");
        }
        return user;
    }

    /** The unit a forum is run by when none is chosen: the user's children and youth unit, or intake. */
    private static Unit defaultUnit(CurrentUser user) {
        return user.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH).findFirst()
                .or(() -> user.units().stream().filter(u -> u.kind() == UnitKind.INTAKE).findFirst())
                .or(() -> user.units().stream().findFirst())
                .orElse(null);
    }
}
