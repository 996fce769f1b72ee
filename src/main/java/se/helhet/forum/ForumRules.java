package se.helhet.forum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.helhet.access.StaffDirectory;
import se.helhet.common.ActorKind;
import se.helhet.platform.FieldProblems;

/**
 * What a forum, a meeting and a consultation must have, every problem named at once. No text of the forum may
 * hold something shaped like an identity number: a question brought anonymously must stay so, and a meeting's
 * notes or a participant's role are no place for one either.
 */
final class ForumRules {

    static final String IDENTITY_NUMBER = "forum.problem.identityNumber";

    private ForumRules() {
    }

    static Forum forum(NewForum input, UUID unitId, String unitName, boolean knownArea) {
        FieldProblems problems = new FieldProblems();
        String name = text(problems, input.name(), "name", "forum.problem.name.missing", 200);
        String serves = text(problems, input.serves(), "serves", "forum.problem.serves.missing", 500);
        Recurrence recurrence = problems.oneOf(Recurrence.class, input.recurrence(), "recurrence",
                "forum.problem.recurrence.missing");
        String schedule = optionalText(problems, input.schedule(), "schedule", 300);
        if (unitId == null) {
            problems.add("unitId", "forum.problem.unitId.missing");
        }
        if (input.areaId() != null && !knownArea) {
            problems.add("areaId", "forum.problem.areaId.unknown");
        }
        problems.refuseIfAny();
        return new Forum(UUID.randomUUID(), name, unitId, unitName, input.areaId(), serves, recurrence, schedule);
    }

    static ForumMeeting meeting(UUID forumId, NewMeeting input, LocalDate today, StaffDirectory staff) {
        FieldProblems problems = new FieldProblems();
        LocalDate heldOn = FieldProblems.blank(input.heldOn()) ? missing(problems, "heldOn", "forum.problem.heldOn.missing")
                : problems.happened(input.heldOn(), "heldOn", today);
        String notes = optionalText(problems, input.notes(), "notes", 5_000);
        List<Participant> participants = new ArrayList<>();
        List<NewMeeting.NewParticipant> typed = input.participants() == null ? List.of() : input.participants();
        if (typed.isEmpty()) {
            problems.add("participants", "forum.problem.participants.missing");
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "participants[" + i + "]";
            NewMeeting.NewParticipant p = typed.get(i);
            if (p == null) {
                problems.add(field, "forum.problem.participant.missing");
                continue;
            }
            String role = optionalText(problems, p.role(), field + ".role", 200);
            if (p.staffId() != null) {
                var member = staff.byId(p.staffId());
                if (member.isEmpty()) {
                    problems.add(field + ".staffId", "forum.problem.participant.staffId");
                } else {
                    participants.add(new Participant(p.staffId(), null, member.get().displayName(), role));
                }
                continue;
            }
            ActorKind kind = problems.oneOf(ActorKind.class, p.actorKind(), field + ".actorKind",
                    "forum.problem.participant.actorKind");
            String name = text(problems, p.name(), field + ".name", "forum.problem.participant.name", 200);
            participants.add(new Participant(null, kind, name, role));
        }
        problems.refuseIfAny();
        return new ForumMeeting(UUID.randomUUID(), forumId, heldOn, notes, participants, null);
    }

    static Consultation consultation(UUID meetingId, NewConsultation input, Consultation.ConsentLink consent) {
        FieldProblems problems = new FieldProblems();
        ConsultationAgeGroup ageGroup = problems.oneOf(ConsultationAgeGroup.class, input.ageGroup(), "ageGroup",
                "forum.problem.ageGroup.missing");
        String broughtBy = text(problems, input.broughtBy(), "broughtBy",
                "forum.problem.broughtBy.missing", 200);
        String question = text(problems, input.question(), "question", "forum.problem.question.missing", 5_000);
        String advice = text(problems, input.advice(), "advice", "forum.problem.advice.missing", 5_000);
        String actions = optionalText(problems, input.actions(), "actions", 5_000);
        String followUpBy = text(problems, input.followUpBy(), "followUpBy", "forum.problem.followUpBy.missing", 200);
        LocalDate followUpOn = FieldProblems.blank(input.followUpOn()) ? null
                : problems.date(input.followUpOn(), "followUpOn");
        problems.refuseIfAny();
        return new Consultation(UUID.randomUUID(), meetingId, ageGroup, broughtBy, question, advice, actions,
                followUpBy, followUpOn, consent);
    }

    private static String text(FieldProblems problems, String value, String field, String missingKey, int max) {
        String text = problems.required(value, field, missingKey, max);
        refuseIdentityNumber(problems, text, field);
        return text;
    }

    private static String optionalText(FieldProblems problems, String value, String field, int max) {
        String text = problems.text(value, field, max);
        refuseIdentityNumber(problems, text, field);
        return text;
    }

    private static void refuseIdentityNumber(FieldProblems problems, String text, String field) {
        if (IdentityNumberShapes.foundIn(text)) {
            problems.add(field, IDENTITY_NUMBER);
        }
    }

    private static LocalDate missing(FieldProblems problems, String field, String key) {
        problems.add(field, key);

        return null;
    }
}
