package se.helhet.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/**
 * Feedback to a professional reporter once the preliminary assessment (or an application's investigation)
 * has begun: usually a notice, now and then a recorded decision not to give it, sometimes nothing yet.
 */
final class Feedbacks {

    private static final double GIVEN = 0.80;
    private static final double WITHHELD = 0.05;

    private final Random random;
    private final CaseStaff staff;
    private final OffsetDateTime now;

    Feedbacks(Random random, CaseStaff staff, OffsetDateTime now) {
        this.random = random;
        this.staff = staff;
        this.now = now;
    }

    CasePlan.Feedback after(CasePlan.Report report, List<CasePlan.Matter> matters) {
        if (!report.category().professional()) {
            return null;
        }
        CasePlan.Matter first = matters.getFirst();
        OffsetDateTime decided = first.preliminary() != null ? first.preliminary().recordedAt()
                : first.investigation().recordedAt();
        OffsetDateTime at = decided.plusDays(1 + random.nextInt(3));
        double x = random.nextDouble();
        if (at.isAfter(now) || x >= GIVEN + WITHHELD) {
            return null;
        }
        var by = staff.intakeWorker(random);
        if (x >= GIVEN) {
            return new CasePlan.Feedback(false, null, null,
                    "Återkoppling bedöms olämplig med hänsyn till barnet.", by, at);
        }
        String status = matters.stream().anyMatch(m -> m.investigation() != null) ? "INVESTIGATION_OPENED"
                : "NOT_OPENED";
        return new CasePlan.Feedback(true, status, CaseLetters.feedback(report, status, at.toLocalDate(),
                staff.name(by)), null, by, at);
    }
}
