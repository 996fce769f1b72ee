package se.helhet.outcome;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Outcomes for the child", description = "School attendance and results at start, end and follow-up, "
        + "and the experienced coordination of support")
class OutcomeApi {

    /** Numbers as JSON numbers; the time point, the term and the date as text. */
    record SchoolOutcomeRequest(String timePoint, String term, BigDecimal attendancePercent, String resultKind,
                                Integer subjectsAssessed, Integer subjectsPassed, String recordedOn) {

        SchoolOutcomeInput input() {
            return new SchoolOutcomeInput(timePoint, term, text(attendancePercent), resultKind, text(subjectsAssessed),
                    text(subjectsPassed), recordedOn);
        }
    }

    record SupportAnswerRequest(String respondent, String answeredOn, List<Integer> answers) {

        SupportAnswerInput input() {
            return new SupportAnswerInput(respondent, answeredOn,
                    answers == null ? null : answers.stream().map(OutcomeApi::text).toList());
        }
    }

    /** When the school outcomes' follow-up is due: null while the matter is open. */
    record FollowUpJson(LocalDate dueOn) {
    }

    /** The answers with their mean, the figure an indicator uses. */
    record SupportAnswerJson(UUID id, UUID matterId, Respondent respondent, LocalDate answeredOn, List<Integer> answers,
                             Double mean, String recordedBy, Instant recordedAt) {

        static SupportAnswerJson of(SupportAnswer a) {
            return new SupportAnswerJson(a.id(), a.matterId(), a.respondent(), a.answeredOn(), a.answers(), a.mean(),
                    a.recordedBy(), a.recordedAt());
        }
    }

    private final SchoolOutcomes schoolOutcomes;
    private final CoordinatedSupport support;

    OutcomeApi(SchoolOutcomes schoolOutcomes, CoordinatedSupport support) {
        this.schoolOutcomes = schoolOutcomes;
        this.support = support;
    }

    @GetMapping("/api/v1/matters/{matterId}/school-outcomes")
    @Operation(summary = "School attendance and results in the matter: start, end, follow-up")
    List<SchoolOutcome> schoolOutcomes(@PathVariable UUID matterId) {
        return schoolOutcomes.forMatter(matterId);
    }

    @GetMapping("/api/v1/matters/{matterId}/school-outcomes/follow-up")
    @Operation(summary = "When the follow-up of the school data is due: the set time after the matter was closed",
            description = "dueOn is null while the matter is open.")
    FollowUpJson followUp(@PathVariable UUID matterId) {
        return new FollowUpJson(schoolOutcomes.followUpDueOn(matterId));
    }

    @PostMapping("/api/v1/matters/{matterId}/school-outcomes")
    @Operation(summary = "Record school attendance and/or results for one term at a time point",
            description = "Requires a consent in force for the child to the matter's unit for SCHOOL_OUTCOMES "
                    + "(POST /api/v1/consents), checked when the data is recorded (otherwise 409). One "
                    + "record per time point (START, END, FOLLOW_UP). FOLLOW_UP only from the set time after "
                    + "the matter was closed. resultKind IUP (assessments in an individual development plan) or "
                    + "GRADES; subjectsPassed: at the expected level or at least E.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"timePoint": "START", "term": "HT2026", "attendancePercent": 78.5, "resultKind": "IUP",
             "subjectsAssessed": 8, "subjectsPassed": 5, "recordedOn": "2026-11-23"}""")))
    ResponseEntity<SchoolOutcome> recordSchoolOutcome(@PathVariable UUID matterId,
                                                      @RequestBody SchoolOutcomeRequest r) {
        SchoolOutcome recorded = schoolOutcomes.record(matterId, r.input());
        return ResponseEntity.created(URI.create("/api/v1/matters/" + matterId + "/school-outcomes")).body(recorded);
    }

    @GetMapping("/api/v1/matters/{matterId}/coordinated-support-answers")
    @Operation(summary = "The answers to the questions on experienced coordination in the matter, oldest first")
    List<SupportAnswerJson> supportAnswers(@PathVariable UUID matterId) {
        return support.forMatter(matterId).stream().map(SupportAnswerJson::of).toList();
    }

    @PostMapping("/api/v1/matters/{matterId}/coordinated-support-answers")
    @Operation(summary = "Record the answers of the child or a guardian to the questions on experienced coordination",
            description = "answers: one answer per question in order (" + CoordinatedSupport.QUESTIONS + " questions), "
                    + "1 = not true at all … 5 = entirely true, null when the question was not answered.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"respondent": "CHILD", "answeredOn": "2026-11-23", "answers": [4, 5, 3, null, 4]}""")))
    ResponseEntity<SupportAnswerJson> recordSupportAnswer(@PathVariable UUID matterId,
                                                      @RequestBody SupportAnswerRequest r) {
        SupportAnswer answer = support.record(matterId, r.input());
        return ResponseEntity.created(URI.create("/api/v1/matters/" + matterId + "/coordinated-support-answers"))
                .body(SupportAnswerJson.of(answer));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
