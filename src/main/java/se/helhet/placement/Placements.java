package se.helhet.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.UnitKind;
import se.helhet.matter.Matters;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * The placement forum's work. The forum is the children and youth units' own (their unit managers and social
 * workers); within it each child is read under the access of the child's matter, and every child shown or written
 * about is traced.
 */
@Service
class Placements {

    static final int MAX_TEXT = 10_000;
    static final int MAX_NAME = 200;

    /** A placed child as the forum's list shows them. */
    record PlacedChild(Placement placement, ListedPerson child) {
    }

    private final PlacementRepository repository;
    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    Placements(PlacementRepository repository, Matters matters, People people, StaffDirectory staff,
               CurrentUsers currentUsers, Trace trace, Clock clock) {
        this.repository = repository;
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /** Every child placed today whose matter the reader may read, each shown child traced. */
    List<PlacedChild> placed() {
        requireForumMember();
        List<Placement> running = repository.running(today());
        Set<UUID> readable = matters.readable(running.stream().map(Placement::matterId).collect(Collectors.toSet()));
        List<Placement> shown = running.stream().filter(p -> readable.contains(p.matterId())).toList();
        Map<UUID, ListedPerson> children = people.listed(shown.stream().map(Placement::childId).toList(), "placement-forum");
        return shown.stream().filter(p -> children.containsKey(p.childId()))
                .map(p -> new PlacedChild(p, children.get(p.childId()))).toList();
    }

    /** One placement with its plan, read under the matter's access. */
    PlacedChild get(UUID interventionId) {
        requireForumMember();
        Placement placement = find(interventionId);
        matters.read(placement.matterId(), "placement", interventionId.toString());
        ListedPerson child = people.listed(List.of(placement.childId()), "placement").get(placement.childId());
        if (child == null) {
            throw new AccessDeniedException("No right to the placed child");
        }
        return new PlacedChild(placement, child);
    }

    @Transactional
    Placement savePlan(UUID interventionId, PlacementInput.PlacementPlanInput input) {
        CurrentUser user = requireForumMember();
        Placement placement = find(interventionId);
        matters.workable(placement.matterId());
        FieldProblems problems = new FieldProblems();
        String homePlan = problems.text(input.homePlan(), "homePlan", MAX_TEXT);
        String atHome = problems.text(input.atHome(), "atHome", MAX_TEXT);
        Placement.School school = new Placement.School(problems.text(input.schoolName(), "schoolName", MAX_NAME),
                problems.text(input.schoolBefore(), "schoolBefore", MAX_NAME),
                problems.text(input.schoolDuring(), "schoolDuring", MAX_NAME),
                problems.text(input.schoolAfter(), "schoolAfter", MAX_NAME));
        if (!placement.schoolAge() && !school.equals(Placement.School.NONE)) {
            problems.add("schoolName", "placement.problem.school.age",
                    String.valueOf(placement.age()));
        }
        problems.refuseIfAny();
        if (!repository.savePlan(placement, new Placement.Plan(homePlan, atHome, school, null), input.version(), user.id())) {
            throw new ConflictException("placement.conflict.plan.changed");
        }
        trace.record(TracedAction.UPDATE, "placement", interventionId.toString(),
                people.traceReference(placement.childId()));
        return find(interventionId);
    }

    /** The meetings, without the children: no personal data of a client, so nothing is traced. */
    List<ForumMeeting> meetings() {
        requireForumMember();
        return repository.meetings();
    }

    /** A meeting with what it said about each child the reader may read; the others are left out, not named. */
    ForumMeeting meeting(UUID id) {
        requireForumMember();
        ForumMeeting meeting = repository.meeting(id).orElseThrow(() -> new NotFoundException("placement.problem.meeting.missing"));
        List<ForumMeeting.Review> all = repository.reviews(id);
        Set<UUID> readable = matters.readable(all.stream().map(ForumMeeting.Review::matterId).collect(Collectors.toSet()));
        List<ForumMeeting.Review> shown = all.stream().filter(r -> readable.contains(r.matterId())).toList();
        Map<UUID, ListedPerson> children = people.listed(shown.stream().map(ForumMeeting.Review::childId).toList(),
                "placement-forum-meeting");
        return new ForumMeeting(meeting.id(), meeting.heldOn(), meeting.participants(), meeting.childrenReviewed(),
                shown.stream().filter(r -> children.containsKey(r.childId()))
                        .map(r -> new ForumMeeting.Review(r.interventionId(), r.matterId(), r.childId(),
                                children.get(r.childId()).name(), r.discussed(), r.decided())).toList());
    }

    @Transactional
    UUID recordMeeting(PlacementInput.ForumMeetingInput input) {
        CurrentUser user = requireForumMember();
        FieldProblems problems = new FieldProblems();
        LocalDate heldOn = problems.happened(input.heldOn(), "heldOn", today());
        List<UUID> participants = input.participantIds() == null ? List.of() : input.participantIds().stream().distinct().toList();
        if (participants.isEmpty()) {
            problems.add("participantIds", "placement.problem.participants.missing");
        }
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i) == null || staff.byId(participants.get(i)).isEmpty()) {
                problems.add("participantIds[" + i + "]", "placement.problem.participant.missing");
            }
        }
        List<ForumMeeting.Review> reviews = reviews(input.reviews(), problems);
        problems.refuseIfAny();
        UUID id = UUID.randomUUID();
        repository.insertMeeting(id, heldOn, participants, reviews, user.id());
        if (!reviews.isEmpty()) {
            trace.recordAll(TracedAction.CREATE, "placement-forum-meeting",
                    people.traceReferences(reviews.stream().map(ForumMeeting.Review::childId).distinct().toList()));
        }
        return id;
    }

    /** Staff who may be named as participants: the children and youth units' case workers. */
    List<CurrentUser> forumStaff() {
        return staff.caseWorkersIn(staff.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH)
                .map(se.helhet.access.Unit::id).collect(Collectors.toSet()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Each child reviewed must be a placement the recorder may work in; one that is not, or does not exist, is
     * refused alike, so the answer tells nothing about other units' children.
     */
    private List<ForumMeeting.Review> reviews(List<PlacementInput.ForumReviewInput> given, FieldProblems problems) {
        List<ForumMeeting.Review> reviews = new ArrayList<>();
        List<PlacementInput.ForumReviewInput> all = given == null ? List.of() : given;
        Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String field = "reviews[" + i + "]";
            PlacementInput.ForumReviewInput r = all.get(i);
            Placement placement = r == null || r.interventionId() == null ? null
                    : repository.find(r.interventionId(), today()).filter(p -> matters.mayWork(p.matterId())).orElse(null);
            if (placement == null) {
                problems.add(field + ".interventionId", "placement.problem.placement.unknown");
            } else if (!seen.add(placement.interventionId())) {
                problems.add(field + ".interventionId", "placement.problem.child.twice");
            }
            String discussed = r == null ? null : problems.required(r.discussed(), field + ".discussed",
                    "placement.problem.discussed.missing", MAX_TEXT);
            String decided = r == null ? null : problems.text(r.decided(), field + ".decided", MAX_TEXT);
            if (placement != null && discussed != null) {
                reviews.add(new ForumMeeting.Review(placement.interventionId(), placement.matterId(),
                        placement.childId(), null, discussed, decided));
            }
        }
        return reviews;
    }

    private Placement find(UUID interventionId) {
        return repository.find(interventionId, today()).orElseThrow(() -> new NotFoundException("placement.problem.placement.missing"));
    }

    /** The forum is the children and youth units' unit managers' and social workers'. */
    private CurrentUser requireForumMember() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER) || !user.worksIn(UnitKind.CHILDREN_AND_YOUTH)) {
            throw new AccessDeniedException("Not a member of the placement forum");
        }
        return user;
    }
}
