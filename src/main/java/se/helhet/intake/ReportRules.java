package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.platform.FieldProblems;

/** Checks a typed report and names every field that is wrong, all at once. */
final class ReportRules {

    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_CHILDREN = 10;
    private static final int MAX_TEXT = 300;

    record Checked(ReportKind kind, Instant receivedAt, ReporterCategory category, boolean anonymous,
                   String reporterName, String reporterOrganisation, String reporterContact,
                   List<UUID> childIds, Set<ConcernReason> reasons, String description) {
    }

    private ReportRules() {
    }

    static Checked check(NewReport input, Clock clock) {
        FieldProblems problems = new FieldProblems();
        ReportKind kind = problems.oneOf(ReportKind.class, input.kind(), "kind", "intake.problem.kind.missing");
        ReporterCategory category = problems.oneOf(ReporterCategory.class, input.reporterCategory(), "reporterCategory",
                "intake.problem.reporter.missing");
        Instant receivedAt = receivedAt(input.receivedAt(), clock, problems);
        Set<UUID> children = new LinkedHashSet<>(input.childIds() == null ? List.of() : input.childIds());
        children.remove(null);
        if (children.isEmpty()) {
            problems.add("childIds", "intake.problem.children.missing");
        } else if (children.size() > MAX_CHILDREN) {
            problems.add("childIds", "intake.problem.children.too-many", String.valueOf(MAX_CHILDREN));
        }
        Set<ConcernReason> reasons = EnumSet.noneOf(ConcernReason.class);
        for (String reason : input.concernReasons() == null ? List.<String>of() : input.concernReasons()) {
            ConcernReason parsed = problems.oneOf(ConcernReason.class, reason, "concernReasons", "intake.problem.reason.unknown");
            if (parsed != null) {
                reasons.add(parsed);
            }
        }
        if (kind == ReportKind.CONCERN_REPORT && reasons.isEmpty()) {
            problems.add("concernReasons", "intake.problem.reason.missing");
        }
        String description = problems.required(input.description(), "description", "intake.problem.description.missing",
                MAX_DESCRIPTION);
        String name = problems.text(input.reporterName(), "reporterName", MAX_TEXT);
        String organisation = problems.text(input.reporterOrganisation(), "reporterOrganisation", MAX_TEXT);
        String contact = problems.text(input.reporterContact(), "reporterContact", MAX_TEXT);
        if (input.anonymous() && (name != null || contact != null)) {
            problems.add("anonymous",
                    "intake.problem.anonymous.named");
        }
        problems.refuseIfAny();
        return new Checked(kind, receivedAt, category, input.anonymous(), name, organisation, contact,
                List.copyOf(children), reasons, description);
    }

    private static Instant receivedAt(String value, Clock clock, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            Instant at = LocalDateTime.parse(value.trim()).atZone(clock.getZone()).toInstant();
            if (at.isAfter(clock.instant().plusSeconds(60))) {
                problems.add("receivedAt", "intake.problem.received-at.future");
            }
            return at;
        } catch (DateTimeParseException e) {
            problems.add("receivedAt", "intake.problem.received-at.format");
            return null;
        }
    }
}
