package se.helhet.casenote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.helhet.platform.IsoDates;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/** Checks a typed case note and names every field that is wrong, all at once. */
final class CaseNoteRules {

    static final int MAX_TEXT = 20_000;
    static final int MAX_MINUTES = 1440;
    private static final int MAX_REASON = 5_000;
    private static final int MAX_SCHOOL = 300;
    private static final String ONLY_CONVERSATION = "Gäller bara samtal med barnet: töm fältet eller byt typ";

    record Checked(CaseNoteType type, LocalDate occurredOn, int minutesSpent, String text, Boolean childInformed,
                   String childViews, String noConversationReason, String schoolName) {
    }

    private CaseNoteRules() {
    }

    /** {@code opened} is the day the matter opened: nothing in it happened before. */
    static Checked check(CaseNoteInput input, LocalDate today, LocalDate opened) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseNoteType type = type(input.type(), problems);
        LocalDate occurredOn = occurredOn(input.occurredOn(), today, opened, problems);
        Integer minutes = minutes(input.minutesSpent(), problems);
        String text = text(input.text(), "text", MAX_TEXT, problems);
        if (text == null) {
            problems.add(new FieldProblem("text", "Skriv anteckningen"));
        }
        Boolean informed = informed(input.childInformed(), problems);
        String views = text(input.childViews(), "childViews", MAX_TEXT, problems);
        String reason = text(input.noConversationReason(), "noConversationReason", MAX_REASON, problems);
        String school = text(input.schoolName(), "schoolName", MAX_SCHOOL, problems);
        if (type == CaseNoteType.CONVERSATION_WITH_CHILD) {
            conversation(informed, views, reason, problems);
        } else if (type != null) {
            refuseUnless(informed != null, "childInformed", ONLY_CONVERSATION, problems);
            refuseUnless(views != null, "childViews", ONLY_CONVERSATION, problems);
            refuseUnless(reason != null, "noConversationReason", ONLY_CONVERSATION, problems);
        }
        if (type == CaseNoteType.SCHOOL_CONTACT && school == null) {
            problems.add(new FieldProblem("schoolName", "Ange vilken skola eller förskola"));
        } else if (type != null && type != CaseNoteType.SCHOOL_CONTACT && school != null) {
            problems.add(new FieldProblem("schoolName", "Gäller bara kontakt med skola eller förskola: töm fältet eller byt typ"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(type, occurredOn, minutes, text, informed, views, reason, school);
    }

    /** Either the child's own words (a conversation was held) or why none was held; never both, never neither. */
    private static void conversation(Boolean informed, String views, String reason, List<FieldProblem> problems) {
        if (views == null && reason == null) {
            problems.add(new FieldProblem("childViews",
                    "Skriv barnets egna ord, eller varför inget samtal hölls"));
        } else if (views != null && reason != null) {
            problems.add(new FieldProblem("noConversationReason",
                    "Ett samtal hölls, eftersom barnets ord finns: töm skälet till att inget samtal hölls"));
        } else if (views != null && informed == null) {
            problems.add(new FieldProblem("childInformed", "Ange om barnet har fått information"));
        }
    }

    private static void refuseUnless(boolean given, String field, String message, List<FieldProblem> problems) {
        if (given) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static CaseNoteType type(String value, List<FieldProblem> problems) {
        try {
            return value == null || value.isBlank() ? missing(problems) : CaseNoteType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return missing(problems);
        }
    }

    private static CaseNoteType missing(List<FieldProblem> problems) {
        problems.add(new FieldProblem("type", "Välj typ av anteckning"));
        return null;
    }

    private static LocalDate occurredOn(String value, LocalDate today, LocalDate opened, List<FieldProblem> problems) {
        LocalDate date = IsoDates.happened(value, "occurredOn", today, problems);
        if (date != null && date.isBefore(opened)) {
            problems.add(new FieldProblem("occurredOn", "Ärendet öppnades " + opened + ": datumet kan inte vara tidigare"));
        }
        return date;
    }

    private static Integer minutes(String value, List<FieldProblem> problems) {
        String message = "Ange tidsåtgången i hela minuter, 0–" + MAX_MINUTES;
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("minutesSpent", message));
            return null;
        }
        try {
            int minutes = Integer.parseInt(value.trim());
            if (minutes < 0 || minutes > MAX_MINUTES) {
                problems.add(new FieldProblem("minutesSpent", message));
            }
            return minutes;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("minutesSpent", message));
            return null;
        }
    }

    private static Boolean informed(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(new FieldProblem("childInformed", "Svara ja eller nej"));
                yield null;
            }
        };
    }

    private static String text(String value, String field, int max, List<FieldProblem> problems) {
        String trimmed = value == null || value.isBlank() ? null : value.strip();
        if (trimmed != null && trimmed.length() > max) {
            // Grouped the Swedish way: "20 000".
            problems.add(new FieldProblem(field,
                    "Högst " + String.valueOf(max).replaceAll("(\\d)(?=(\\d{3})+$)", "$1 ") + " tecken"));
        }
        return trimmed;
    }
}
