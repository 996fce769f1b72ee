package se.helhet.casenote;

import java.time.LocalDate;

import se.helhet.platform.FieldProblems;

/** Checks a typed case note and names every field that is wrong, all at once. */
final class CaseNoteRules {

    static final int MAX_TEXT = 20_000;
    static final int MAX_MINUTES = 1440;
    private static final int MAX_REASON = 5_000;
    private static final int MAX_SCHOOL = 300;
    private static final String ONLY_CONVERSATION = "casenote.problem.onlyConversation";

    record Checked(CaseNoteType type, LocalDate occurredOn, int minutesSpent, String text, Boolean childInformed,
                   String childViews, String noConversationReason, String schoolName) {
    }

    private CaseNoteRules() {
    }

    /** {@code opened} is the day the matter opened: nothing in it happened before. */
    static Checked check(CaseNoteInput input, LocalDate today, LocalDate opened) {
        FieldProblems problems = new FieldProblems();
        CaseNoteType type = problems.oneOf(CaseNoteType.class, input.type(), "type", "casenote.problem.type.missing");
        LocalDate occurredOn = occurredOn(input.occurredOn(), today, opened, problems);
        Integer minutes = problems.requiredNumber(input.minutesSpent(), "minutesSpent",
                "casenote.problem.minutesSpent.invalid", 0, MAX_MINUTES);
        String text = problems.required(input.text(), "text", "casenote.problem.text.missing", MAX_TEXT);
        Boolean informed = informed(input.childInformed(), problems);
        String views = problems.text(input.childViews(), "childViews", MAX_TEXT);
        String reason = problems.text(input.noConversationReason(), "noConversationReason", MAX_REASON);
        String school = problems.text(input.schoolName(), "schoolName", MAX_SCHOOL);
        if (type == CaseNoteType.CONVERSATION_WITH_CHILD) {
            conversation(informed, views, reason, problems);
        } else if (type != null) {
            refuseUnless(informed != null, "childInformed", ONLY_CONVERSATION, problems);
            refuseUnless(views != null, "childViews", ONLY_CONVERSATION, problems);
            refuseUnless(reason != null, "noConversationReason", ONLY_CONVERSATION, problems);
        }
        if (type == CaseNoteType.SCHOOL_CONTACT && school == null) {
            problems.add("schoolName", "casenote.problem.schoolName.missing");
        } else if (type != null && type != CaseNoteType.SCHOOL_CONTACT && school != null) {
            problems.add("schoolName", "casenote.problem.onlySchoolContact");
        }
        problems.refuseIfAny();
        return new Checked(type, occurredOn, minutes, text, informed, views, reason, school);
    }

    /** Either the child's own words (a conversation was held) or why none was held; never both, never neither. */
    private static void conversation(Boolean informed, String views, String reason, FieldProblems problems) {
        if (views == null && reason == null) {
            problems.add("childViews", "casenote.problem.childViews.missing");
        } else if (views != null && reason != null) {
            problems.add("noConversationReason",
                    "casenote.problem.noConversationReason.conversationHeld");
        } else if (views != null && informed == null) {
            problems.add("childInformed", "casenote.problem.childInformed.missing");
        }
    }

    private static void refuseUnless(boolean given, String field, String message, FieldProblems problems) {
        if (given) {
            problems.add(field, message);
        }
    }

    private static LocalDate occurredOn(String value, LocalDate today, LocalDate opened, FieldProblems problems) {
        LocalDate date = problems.happened(value, "occurredOn", today);
        if (date != null && date.isBefore(opened)) {
            problems.add("occurredOn", "casenote.problem.occurredOn.beforeOpened", opened.toString());
        }
        return date;
    }

    private static Boolean informed(String value, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add("childInformed", "casenote.problem.childInformed.yesOrNo"
);
                yield null;
            }
        };
    }
}
