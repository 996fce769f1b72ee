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

    static final String IDENTITY_NUMBER = "Skriv inget personnummer eller samordningsnummer här. Frågan förs utan "
            + "uppgifter som pekar ut barnet eller familjen.";

    private ForumRules() {
    }

    static Forum forum(NewForum input, UUID unitId, String unitName, boolean knownArea) {
        FieldProblems problems = new FieldProblems();
        String name = text(problems, input.name(), "name", "Ange forumets namn", 200);
        String serves = text(problems, input.serves(), "serves", "Ange vilka förskolor och skolor forumet är till för",
                500);
        Recurrence recurrence = problems.oneOf(Recurrence.class, input.recurrence(), "recurrence",
                "Välj hur ofta forumet träffas");
        String schedule = optionalText(problems, input.schedule(), "schedule", 300);
        if (unitId == null) {
            problems.add("unitId", "Välj en enhet du arbetar i");
        }
        if (input.areaId() != null && !knownArea) {
            problems.add("areaId", "Välj ett område i stadsdelen");
        }
        problems.refuseIfAny();
        return new Forum(UUID.randomUUID(), name, unitId, unitName, input.areaId(), serves, recurrence, schedule);
    }

    static ForumMeeting meeting(UUID forumId, NewMeeting input, LocalDate today, StaffDirectory staff) {
        FieldProblems problems = new FieldProblems();
        LocalDate heldOn = FieldProblems.blank(input.heldOn()) ? missing(problems, "heldOn", "Ange mötesdagen")
                : problems.happened(input.heldOn(), "heldOn", today);
        String notes = optionalText(problems, input.notes(), "notes", 5_000);
        List<Participant> participants = new ArrayList<>();
        List<NewMeeting.NewParticipant> typed = input.participants() == null ? List.of() : input.participants();
        if (typed.isEmpty()) {
            problems.add("participants", "Ange vilka som deltog");
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "participants[" + i + "]";
            NewMeeting.NewParticipant p = typed.get(i);
            if (p == null) {
                problems.add(field, "Ange deltagaren");
                continue;
            }
            String role = optionalText(problems, p.role(), field + ".role", 200);
            if (p.staffId() != null) {
                var member = staff.byId(p.staffId());
                if (member.isEmpty()) {
                    problems.add(field + ".staffId", "Välj en medarbetare som finns i Helhet");
                } else {
                    participants.add(new Participant(p.staffId(), null, member.get().displayName(), role));
                }
                continue;
            }
            ActorKind kind = problems.oneOf(ActorKind.class, p.actorKind(), field + ".actorKind",
                    "Välj vilken aktör deltagaren kommer från");
            String name = text(problems, p.name(), field + ".name", "Ange deltagarens namn", 200);
            participants.add(new Participant(null, kind, name, role));
        }
        problems.refuseIfAny();
        return new ForumMeeting(UUID.randomUUID(), forumId, heldOn, notes, participants, null);
    }

    static Consultation consultation(UUID meetingId, NewConsultation input, Consultation.ConsentLink consent) {
        FieldProblems problems = new FieldProblems();
        ConsultationAgeGroup ageGroup = problems.oneOf(ConsultationAgeGroup.class, input.ageGroup(), "ageGroup",
                "Välj barnets åldersgrupp");
        String broughtBy = text(problems, input.broughtBy(), "broughtBy",
                "Ange vem som tar upp frågan (en yrkesroll, inget namn på barnet eller familjen)", 200);
        String question = text(problems, input.question(), "question", "Beskriv frågan och situationen", 5_000);
        String advice = text(problems, input.advice(), "advice", "Ange vilka råd forumet gav", 5_000);
        String actions = optionalText(problems, input.actions(), "actions", 5_000);
        String followUpBy = text(problems, input.followUpBy(), "followUpBy", "Ange vem som följer upp", 200);
        LocalDate followUpOn = FieldProblems.blank(input.followUpOn()) ? null
                : problems.date(input.followUpOn(), "followUpOn");
        problems.refuseIfAny();
        return new Consultation(UUID.randomUUID(), meetingId, ageGroup, broughtBy, question, advice, actions,
                followUpBy, followUpOn, consent);
    }

    private static String text(FieldProblems problems, String value, String field, String missing, int max) {
        String text = problems.required(value, field, missing, max);
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

    private static LocalDate missing(FieldProblems problems, String field, String message) {
        problems.add(field, message);
        return null;
    }
}
