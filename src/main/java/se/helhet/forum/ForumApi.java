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
@Tag(name = "Collaboration forums", description = "Forums with preschool, school, health care and police: meetings, "
        + "participants and consultations, anonymous or with the guardians' consent")
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
    @Operation(summary = "All collaboration forums")
    List<ForumJson> list() {
        return forums.forums().stream().map(ForumJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Start a collaboration forum",
            description = "recurrence: WEEKLY, EVERY_OTHER_WEEK, MONTHLY or TWICE_A_TERM. unitId is your unit when "
                    + "left out; areaId is the district's area the forum serves.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Ekdalen collaboration forum", "serves": "Ekdalsskolan and the preschools of Ekdalen",
             "recurrence": "MONTHLY", "schedule": "First Tuesday of the month, 13–15"}""")))
    ResponseEntity<ForumJson> create(@RequestBody NewForum r) {
        Forum forum = forums.create(r);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + forum.id())).body(ForumJson.of(forum));
    }

    @GetMapping("/counts")
    @Operation(summary = "Meetings and consultations per forum, anonymous and with consent (for analysts too)")
    List<CountsJson> counts() {
        return forums.counts().stream().map(CountsJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a collaboration forum")
    ForumJson get(@PathVariable UUID id) {
        return ForumJson.of(forums.forum(id));
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "The forum's meetings with participants, latest first")
    List<MeetingJson> meetings(@PathVariable UUID id) {
        return forums.meetings(id).stream().map(MeetingJson::of).toList();
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Record a meeting held, with participants",
            description = "A participant is a member of staff (staffId) or someone from an external actor (actorKind, "
                    + "name, role). No information about children or families here.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-01", "notes": "Three questions from the school, one from the child health centre.",
             "participants": [{"staffId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "role": "Social worker"},
                              {"actorKind": "SCHOOL", "name": "Mira Holm", "role": "School counsellor, Ekdalsskolan"}]}""")))
    ResponseEntity<MeetingJson> recordMeeting(@PathVariable UUID id, @RequestBody NewMeeting r) {
        ForumMeeting meeting = forums.recordMeeting(id, r);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + id + "/meetings/" + meeting.id()))
                .body(MeetingJson.of(meeting));
    }

    @GetMapping("/{id}/meetings/{meetingId}")
    @Operation(summary = "Read a meeting with its participants")
    MeetingJson meeting(@PathVariable UUID id, @PathVariable UUID meetingId) {
        return MeetingJson.of(forums.meeting(id, meetingId));
    }

    @GetMapping("/{id}/meetings/{meetingId}/consultations")
    @Operation(summary = "The meeting's consultations")
    List<ConsultationJson> consultations(@PathVariable UUID id, @PathVariable UUID meetingId) {
        return forums.consultations(id, meetingId).stream().map(ConsultationJson::of).toList();
    }

    @PostMapping("/{id}/meetings/{meetingId}/consultations")
    @Operation(summary = "Bring up a question, anonymously or with consent",
            description = "Without childId anonymous: no name, no identity number, no link to a person is stored. "
                    + "With childId, with the guardians' consent: a consent in force for FORUM_CONSULTATION to the "
                    + "forum's unit is required (otherwise 400 for childId), and the trace names the consent. A text "
                    + "that looks like a personal identity number or coordination number is refused (400 naming the "
                    + "field). ageGroup: UNDER_6, SCHOOL_AGE or TEENAGER.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"ageGroup": "SCHOOL_AGE", "broughtBy": "School counsellor, Ekdalsskolan",
             "question": "A pupil in year 4 is often tired and hungry and speaks of quarrels at home.",
             "advice": "Talk with the guardians about the concern; offer parenting advice.",
             "actions": "The counsellor invites the guardians to a meeting.", "followUpBy": "The counsellor",

             "followUpOn": "2027-01-12"}""")))
    ResponseEntity<ConsultationJson> bring(@PathVariable UUID id, @PathVariable UUID meetingId,
                                           @RequestBody NewConsultation r) {
        Consultation consultation = forums.bring(id, meetingId, r);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + id + "/meetings/" + meetingId
                + "/consultations")).body(ConsultationJson.brought(consultation));
    }
}
