package se.helhet.safety;

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
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** Rating a child's safety and reading the ratings, under the child's own access. */
@Service
class SafetyRatings {

    static final String RECORD = "safety-rating";

    record RatingInput(String ratedOn, Integer score, String rater, String comment) {
    }

    private final SafetyRatingRepository ratings;
    private final People people;
    private final Trace trace;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SafetyRatings(SafetyRatingRepository ratings, People people, Trace trace, CurrentUsers currentUsers, Clock clock) {
        this.ratings = ratings;
        this.people = people;
        this.trace = trace;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    List<SafetyRating> forChild(UUID childId) {
        people.read(childId, RECORD);
        return ratings.forChild(childId);
    }

    /** Whether the reader may rate: staff who work with persons. */
    boolean mayRate() {
        return currentUsers.require().hasAny(Role.SOCIAL_WORKER, Role.INTAKE_WORKER, Role.UNIT_MANAGER);
    }

    @Transactional
    SafetyRating record(UUID childId, RatingInput input) {
        CurrentUser user = currentUsers.require();
        if (!mayRate()) {
            throw new AccessDeniedException("May not rate");
        }
        Person child = people.read(childId, RECORD);
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(input.ratedOn(), "ratedOn", LocalDate.now(clock));
        if (input.score() == null || input.score() < 0 || input.score() > 10) {
            problems.add("score", "safety.problem.score.range");
        }
        SafetyRating.Rater rater = problems.oneOf(SafetyRating.Rater.class, input.rater(), "rater",
                "safety.problem.rater.missing");
        String comment = problems.text(input.comment(), "comment", 2000);
        problems.refuseIfAny();
        if (!child.isChildOn(on)) {
            throw new InvalidInputException("ratedOn", "safety.problem.not-a-child");
        }
        UUID id = UUID.randomUUID();
        ratings.insert(id, childId, on, input.score(), rater, comment, user.id());
        trace.record(TracedAction.CREATE, RECORD, id.toString(), people.traceReference(childId));
        return ratings.forChild(childId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The ratings of the family's children that the reader may read, per child: each child is read through
     * {@code People.listed}, which leaves out those the reader may not read and traces the others.
     */
    java.util.Map<se.helhet.person.ListedPerson, List<SafetyRating>> forFamily(java.util.Collection<UUID> memberIds) {
        List<UUID> rated = ratings.rated(memberIds);
        if (rated.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<se.helhet.person.ListedPerson, List<SafetyRating>> found = new java.util.LinkedHashMap<>();
        people.listed(rated, RECORD).values().stream()
                .sorted(java.util.Comparator.comparing(se.helhet.person.ListedPerson::age))
                .forEach(child -> found.put(child, ratings.forChild(child.id())));
        return found;
    }
}
