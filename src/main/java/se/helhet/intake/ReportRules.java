package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

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
        List<FieldProblem> problems = new ArrayList<>();
        ReportKind kind = oneOf(ReportKind.class, input.kind(), "kind", "Välj typ av ärende", problems);
        ReporterCategory category = oneOf(ReporterCategory.class, input.reporterCategory(), "reporterCategory",
                "Välj vem som anmäler", problems);
        Instant receivedAt = receivedAt(input.receivedAt(), clock, problems);
        Set<UUID> children = new LinkedHashSet<>(input.childIds() == null ? List.of() : input.childIds());
        children.remove(null);
        if (children.isEmpty()) {
            problems.add(new FieldProblem("childIds", "Välj minst ett barn"));
        } else if (children.size() > MAX_CHILDREN) {
            problems.add(new FieldProblem("childIds", "Högst " + MAX_CHILDREN + " barn i en anmälan"));
        }
        Set<ConcernReason> reasons = EnumSet.noneOf(ConcernReason.class);
        for (String reason : input.concernReasons() == null ? List.<String>of() : input.concernReasons()) {
            ConcernReason parsed = oneOf(ConcernReason.class, reason, "concernReasons", "Okänd orsak till oro", problems);
            if (parsed != null) {
                reasons.add(parsed);
            }
        }
        if (kind == ReportKind.CONCERN_REPORT && reasons.isEmpty()) {
            problems.add(new FieldProblem("concernReasons", "Välj minst en orsak till oro"));
        }
        String description = trim(input.description());
        if (description == null) {
            problems.add(new FieldProblem("description", "Beskriv vad anmälan gäller"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "Högst " + MAX_DESCRIPTION + " tecken"));
        }
        String name = text(input.reporterName(), "reporterName", problems);
        String organisation = text(input.reporterOrganisation(), "reporterOrganisation", problems);
        String contact = text(input.reporterContact(), "reporterContact", problems);
        if (input.anonymous() && (name != null || contact != null)) {
            problems.add(new FieldProblem("anonymous",
                    "En anonym anmälare har inget namn eller kontaktuppgift: töm fälten eller avmarkera anonym"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(kind, receivedAt, category, input.anonymous(), name, organisation, contact,
                List.copyOf(children), reasons, description);
    }

    private static Instant receivedAt(String value, Clock clock, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            Instant at = LocalDateTime.parse(value.trim()).atZone(clock.getZone()).toInstant();
            if (at.isAfter(clock.instant().plusSeconds(60))) {
                problems.add(new FieldProblem("receivedAt", "Mottagningstiden kan inte ligga i framtiden"));
            }
            return at;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("receivedAt", "Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM"));
            return null;
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String message,
                                       List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    private static String text(String value, String field, List<FieldProblem> problems) {
        String trimmed = trim(value);
        if (trimmed != null && trimmed.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "Högst " + MAX_TEXT + " tecken"));
        }
        return trimmed;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
