package se.helhet.forum;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.ActorKind;

@RestController
@RequestMapping("/api/v1/forums")
@Tag(name = "Samverkansforum", description = "Forum med förskola, skola, hälso- och sjukvård och polis: möten, "
        + "deltagare och konsultationer, anonymt eller med vårdnadshavarnas samtycke")
class ForumApi {

    record ForumJson(UUID id, String name, UUID unitId, String unitName, UUID areaId, String serves,
                     Recurrence recurrence, String schedule) {
        static ForumJson of(Forum f) {
            return new ForumJson(f.id(), f.name(), f.unitId(), f.unitName(), f.areaId(), f.serves(), f.recurrence(),
                    f.schedule());
        }
    }

    record ParticipantJson(UUID staffId, ActorKind actorKind, String name, String role) {
        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.staffId(), p.actorKind(), p.name(), p.role());
        }
    }

    record MeetingJson(UUID id, UUID forumId, LocalDate heldOn, String notes, List<ParticipantJson> participants,
                       String recordedBy) {
        static MeetingJson of(ForumMeeting m) {
            return new MeetingJson(m.id(), m.forumId(), m.heldOn(), m.notes(),
                    m.participants().stream().map(ParticipantJson::of).toList(), m.recordedBy());
        }
    }

    /**
     * With consent: the child's id and name only while the consent is in force and the reader may read the child
     * ({@code consentInForce}); the consent's id always, since it names no one.
     */
    record ConsultationJson(UUID id, UUID meetingId, boolean anonymous, UUID consentId, boolean consentInForce,
                            UUID childId, String childName, ConsultationAgeGroup ageGroup, String broughtBy,
                            String question, String advice, String actions, String followUpBy, LocalDate followUpOn) {
        static ConsultationJson of(ConsultationView v) {
            Consultation c = v.consultation();
            return new ConsultationJson(c.id(), c.meetingId(), c.anonymous(),
                    c.anonymous() ? null : c.consent().consentId(), v.consentInForce(),
                    v.child() == null ? null : v.child().id(), v.child() == null ? null : v.child().name(),
                    c.ageGroup(), c.broughtBy(), c.question(), c.advice(), c.actions(), c.followUpBy(),
                    c.followUpOn());
        }

        static ConsultationJson brought(Consultation c) {
            return new ConsultationJson(c.id(), c.meetingId(), c.anonymous(),
                    c.anonymous() ? null : c.consent().consentId(), !c.anonymous(),
                    c.anonymous() ? null : c.consent().childId(), null, c.ageGroup(), c.broughtBy(), c.question(),
                    c.advice(), c.actions(), c.followUpBy(), c.followUpOn());
        }
    }

    record CountsJson(UUID forumId, String forumName, long meetings, long anonymousConsultations,
                      long consultationsWithConsent) {
        static CountsJson of(ForumRepository.Counts c) {
            return new CountsJson(c.forumId(), c.forumName(), c.meetings(), c.anonymous(), c.withConsent());
        }
    }

    private final Forums forums;

    ForumApi(Forums forums) {
        this.forums = forums;
    }

    @GetMapping
    @Operation(summary = "Alla samverkansforum")
    List<ForumJson> list() {
        return forums.forums().stream().map(ForumJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Starta ett samverkansforum",
            description = "recurrence: WEEKLY, EVERY_OTHER_WEEK, MONTHLY eller TWICE_A_TERM. unitId är din enhet om "
                    + "det utelämnas; areaId är stadsdelens område som forumet är till för.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Samverkansforum Ekdalen", "serves": "Ekdalsskolan och förskolorna i Ekdalen",
             "recurrence": "MONTHLY", "schedule": "Första tisdagen i månaden kl. 13–15"}""")))
    ResponseEntity<ForumJson> create(@RequestBody NewForum r) {
        Forum forum = forums.create(r);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + forum.id())).body(ForumJson.of(forum));
    }

    @GetMapping("/counts")
    @Operation(summary = "Antal möten och konsultationer per forum, anonyma och med samtycke (även för analytiker)")
    List<CountsJson> counts() {
        return forums.counts().stream().map(CountsJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hämta ett samverkansforum")
    ForumJson get(@PathVariable UUID id) {
        return ForumJson.of(forums.forum(id));
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "Forumets möten med deltagare, det senaste först")
    List<MeetingJson> meetings(@PathVariable UUID id) {
        return forums.meetings(id).stream().map(MeetingJson::of).toList();
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Registrera ett hållet möte med deltagare",
            description = "En deltagare är en medarbetare (staffId) eller någon från en extern aktör (actorKind, "
                    + "name, role). Inga uppgifter om barn eller familjer här.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-01", "notes": "Tre frågor från skolan, en från BVC.",
             "participants": [{"staffId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "role": "Socialsekreterare"},
                              {"actorKind": "SCHOOL", "name": "Mira Holm", "role": "Kurator, Ekdalsskolan"}]}""")))
    ResponseEntity<MeetingJson> recordMeeting(@PathVariable UUID id, @RequestBody NewMeeting r) {
        ForumMeeting meeting = forums.recordMeeting(id, r);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + id + "/meetings/" + meeting.id()))
                .body(MeetingJson.of(meeting));
    }

    @GetMapping("/{id}/meetings/{meetingId}")
    @Operation(summary = "Hämta ett möte med deltagare")
    MeetingJson meeting(@PathVariable UUID id, @PathVariable UUID meetingId) {
        return MeetingJson.of(forums.meeting(id, meetingId));
    }

    @GetMapping("/{id}/meetings/{meetingId}/consultations")
    @Operation(summary = "Mötets konsultationer")
    List<ConsultationJson> consultations(@PathVariable UUID id, @PathVariable UUID meetingId) {
        return forums.consultations(id, meetingId).stream().map(ConsultationJson::of).toList();
    }

    @PostMapping("/{id}/meetings/{meetingId}/consultations")
    @Operation(summary = "Ta upp en fråga, anonymt eller med samtycke",
            description = "Utan childId anonymt: inget namn, inget personnummer, ingen koppling till en person lagras. "
                    + "Med childId med vårdnadshavarnas samtycke: ett samtycke i kraft för FORUM_CONSULTATION till "
                    + "forumets enhet krävs (annars 400 för childId), och loggen namnger samtycket. En text som ser ut "
                    + "som ett personnummer eller samordningsnummer avvisas (400 med fältets namn). ageGroup: "
                    + "UNDER_6, SCHOOL_AGE eller TEENAGER.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"ageGroup": "SCHOOL_AGE", "broughtBy": "Kurator, Ekdalsskolan",
             "question": "En elev i årskurs 4 är ofta trött och hungrig och berättar om bråk hemma.",
             "advice": "Prata med vårdnadshavarna om oron; erbjud föräldrarådgivning.",
             "actions": "Kuratorn bjuder in vårdnadshavarna till möte.", "followUpBy": "Kuratorn",
             "followUpOn": "2027-01-12"}""")))
    ResponseEntity<ConsultationJson> bring(@PathVariable UUID id, @PathVariable UUID meetingId,
                                           @RequestBody NewConsultation r) {
        Consultation consultation = forums.bring(id, meetingId, r);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + id + "/meetings/" + meetingId
                + "/consultations")).body(ConsultationJson.brought(consultation));
    }
}
