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
@Tag(name = "Utfall för barnet", description = "Skolnärvaro och skolresultat vid start, avslut och uppföljning, "
        + "och upplevd samordning av stödet")
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
    @Operation(summary = "Skolnärvaro och skolresultat i ärendet: start, avslut, uppföljning")
    List<SchoolOutcome> schoolOutcomes(@PathVariable UUID matterId) {
        return schoolOutcomes.forMatter(matterId);
    }

    @GetMapping("/api/v1/matters/{matterId}/school-outcomes/follow-up")
    @Operation(summary = "När uppföljningen av skoluppgifterna görs: den inställda tiden efter att ärendet avslutades",
            description = "dueOn är null så länge ärendet är öppet.")
    FollowUpJson followUp(@PathVariable UUID matterId) {
        return new FollowUpJson(schoolOutcomes.followUpDueOn(matterId));
    }

    @PostMapping("/api/v1/matters/{matterId}/school-outcomes")
    @Operation(summary = "Registrera skolnärvaro och/eller skolresultat för en termin vid en tidpunkt",
            description = "Kräver ett samtycke i kraft för barnet till ärendets enhet för SCHOOL_OUTCOMES "
                    + "(POST /api/v1/consents), prövat när uppgifterna registreras (annars 409). En "
                    + "registrering per tidpunkt (START, END, FOLLOW_UP). FOLLOW_UP först den inställda tiden efter "
                    + "att ärendet avslutades. resultKind IUP (bedömningar i individuell utvecklingsplan) eller "
                    + "GRADES (betyg); subjectsPassed: på förväntad nivå eller lägst E.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"timePoint": "START", "term": "HT2026", "attendancePercent": 78.5, "resultKind": "IUP",
             "subjectsAssessed": 8, "subjectsPassed": 5, "recordedOn": "2026-11-23"}""")))
    ResponseEntity<SchoolOutcome> recordSchoolOutcome(@PathVariable UUID matterId,
                                                      @RequestBody SchoolOutcomeRequest r) {
        SchoolOutcome recorded = schoolOutcomes.record(matterId, r.input());
        return ResponseEntity.created(URI.create("/api/v1/matters/" + matterId + "/school-outcomes")).body(recorded);
    }

    @GetMapping("/api/v1/matters/{matterId}/coordinated-support-answers")
    @Operation(summary = "Svaren på frågorna om upplevd samordning i ärendet, äldst först")
    List<SupportAnswerJson> supportAnswers(@PathVariable UUID matterId) {
        return support.forMatter(matterId).stream().map(SupportAnswerJson::of).toList();
    }

    @PostMapping("/api/v1/matters/{matterId}/coordinated-support-answers")
    @Operation(summary = "Registrera svaren från barnet eller en vårdnadshavare på frågorna om upplevd samordning",
            description = "answers: ett svar per fråga i ordning (" + CoordinatedSupport.QUESTIONS + " frågor), "
                    + "1 = stämmer inte alls … 5 = stämmer helt, null om frågan inte besvarades.")
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
