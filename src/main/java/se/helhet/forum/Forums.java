package se.helhet.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import se.helhet.person.People;
import se.helhet.platform.NotFoundException;

/**
 * Forums, their meetings and the consultations brought to them. The forum is run by social services: social
 * workers and unit managers use it; the analyst sees how many. An anonymous consultation is no personal data,
 * so bringing and reading one leaves no row in the access log, which would otherwise tie it to a time and a
 * worker's other work.
 */
@Service
class Forums {

    private final ForumRepository repository;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;
    private final People people;
    private final Clock clock;

    Forums(ForumRepository repository, CurrentUsers currentUsers, StaffDirectory staff, People people, Clock clock) {
        this.repository = repository;
        this.currentUsers = currentUsers;
        this.staff = staff;
        this.people = people;
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
                .orElseThrow(() -> new NotFoundException("Mötet finns inte"));
    }

    @Transactional
    ForumMeeting recordMeeting(UUID forumId, NewMeeting input) {
        CurrentUser user = requireForumUser();
        find(forumId);
        ForumMeeting meeting = ForumRules.meeting(forumId, input, LocalDate.now(clock), staff);
        repository.insert(meeting, user.id());
        return repository.meeting(meeting.id()).orElseThrow();
    }

    List<Consultation> consultations(UUID forumId, UUID meetingId) {
        meeting(forumId, meetingId);
        return repository.consultations(meetingId);
    }

    /** A question brought anonymously: stored with its meeting and nothing that points at a person. */
    @Transactional
    Consultation bringAnonymously(UUID forumId, UUID meetingId, NewConsultation input) {
        meeting(forumId, meetingId);
        Consultation consultation = ForumRules.consultation(meetingId, input, null);
        repository.insert(consultation);
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
        return repository.forum(id).orElseThrow(() -> new NotFoundException("Forumet finns inte"));
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
