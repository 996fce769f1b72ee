package se.helhet.audit.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.audit.Answer;
import se.helhet.audit.AuditComment;
import se.helhet.audit.AuditKey;
import se.helhet.audit.AuditMatter;
import se.helhet.audit.Audits;
import se.helhet.audit.GivenAnswer;
import se.helhet.audit.NewAudit;
import se.helhet.audit.NewAuditKey;
import se.helhet.audit.QuestionComparison;
import se.helhet.audit.AuditResults;
import se.helhet.common.Level;

@RestController
@Tag(name = "Aktgranskning", description = "Granskningsnycklar, slumpvisa urval av ärenden, svar per ärende och resultat")
class AuditApi {

    record KeyJson(UUID id, String code, int version, String name, String description, List<QuestionJson> questions) {
        static KeyJson of(AuditKey k) {
            return new KeyJson(k.id(), k.code(), k.version(), k.name(), k.description(), k.questions().stream()
                    .map(q -> new QuestionJson(q.number(), q.group(), q.text(), q.kind().name(), q.scaleLow(),
                            q.scaleHigh())).toList());
        }
    }

    record QuestionJson(int number, String group, String text, String answerKind, String scaleLow, String scaleHigh) {
    }

    /** Dates as text and the area and level as codes, so a wrong one is named by its field. */
    record AuditRequest(String name, String keyId, List<String> unitIds, String area, String closedFrom,
                        String closedTo, String level, Integer sampleSize, String seed) {
        NewAudit input() {
            return new NewAudit(name, keyId, unitIds, area, closedFrom, closedTo, level,
                    sampleSize == null ? null : sampleSize.toString(), seed);
        }
    }

    record SampledJson(UUID matterId, int position, Level level, String unitName, LocalDate investigationClosedOn,
                       int answered, boolean reviewed, Instant reviewedAt, String reviewedBy, String file) {
        static SampledJson of(AuditMatter m) {
            return new SampledJson(m.matterId(), m.position(), m.level(), m.unitName(), m.investigationClosedOn(),
                    m.answered(), m.reviewed(), m.reviewedAt(), m.reviewedBy(), "/arenden/" + m.matterId());
        }
    }

    record AnswerJson(int question, Answer answer, Integer scale, String comment, String answeredBy,
                      Instant answeredAt) {
        static AnswerJson of(GivenAnswer a) {
            return new AnswerJson(a.question(), a.answer(), a.scale(), a.comment(), a.answeredBy(), a.answeredAt());
        }
    }

    record AnswersRequest(List<AnswerJson> answers, Boolean reviewed) {
    }

    record AnswersJson(UUID matterId, boolean reviewed, List<AnswerJson> answers) {
    }

    /**
     * {@code comments} is null for analysts: comments can hold personal data. {@code suppressed}: the analyst
     * is shown no numbers (an empty list) while fewer than five matters are reviewed.
     */
    record ResultsJson(AuditJson audit, boolean suppressed, List<AuditJson.ResultJson> questions,
                       List<CommentJson> comments) {
    }

    record CommentJson(int question, UUID matterId, int position, String comment) {
        static CommentJson of(AuditComment c) {
            return new CommentJson(c.question(), c.matterId(), c.position(), c.comment());
        }
    }

    record ComparedJson(int number, String text, String answerKind, AuditJson.ResultJson first,
                        AuditJson.ResultJson second, Double difference, Double differenceLower, Double differenceUpper) {
        static ComparedJson of(QuestionComparison c) {
            return new ComparedJson(c.question().number(), c.question().text(), c.question().kind().name(),
                    AuditJson.ResultJson.of(c.first()), AuditJson.ResultJson.of(c.second()), c.difference(),
                    c.interval() == null ? null : c.interval().lower(), c.interval() == null ? null : c.interval().upper());
        }
    }

    record ComparisonJson(AuditJson first, AuditJson second, boolean suppressed, List<ComparedJson> questions) {
    }

    private final Audits audits;

    AuditApi(Audits audits) {
        this.audits = audits;
    }

    @GetMapping("/api/v1/audit-keys")
    @Operation(summary = "Granskningsnycklarna med sina frågor; en nyckel som använts ändras aldrig")
    List<KeyJson> keys() {
        return audits.keys().stream().map(KeyJson::of).toList();
    }

    @PostMapping("/api/v1/audit-keys")
    @Operation(summary = "Lägg upp en granskningsnyckel, eller en ny version av en nyckel med samma kod",
            description = "answerKind: YES_PARTLY_NO_NA (ja, delvis, nej, ej aktuellt) eller SCALE (1-5, med ord "
                    + "för skalans ändar i scaleLow och scaleHigh). En nyckel ändras aldrig; en ändring är en ny version.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"code": "CHILD_PARTICIPATION", "name": "Barnets delaktighet", "description": null,
             "questions": [{"number": 1, "group": "Barnet", "text": "Har handläggaren träffat barnet?",
                            "answerKind": "YES_PARTLY_NO_NA", "scaleLow": null, "scaleHigh": null},
                           {"number": 2, "group": "Barnet", "text": "Hur väl syns barnets synpunkter i bedömningen?",
                            "answerKind": "SCALE", "scaleLow": "Inte alls", "scaleHigh": "Helt och tydligt"}]}""")))
    ResponseEntity<KeyJson> createKey(@RequestBody NewAuditKey request) {
        AuditKey key = audits.createKey(request);
        return ResponseEntity.created(URI.create("/api/v1/audit-keys/" + key.id())).body(KeyJson.of(key));
    }

    @GetMapping("/api/v1/audit-keys/{id}")
    @Operation(summary = "En granskningsnyckel med sina frågor")
    KeyJson key(@PathVariable UUID id) {
        return KeyJson.of(audits.key(id));
    }

    @GetMapping("/api/v1/audits")
    @Operation(summary = "Alla aktgranskningar med kriterier och hur långt granskningen kommit")
    List<AuditJson> list() {
        return audits.list().stream().map(AuditJson::of).toList();
    }

    @PostMapping("/api/v1/audits")
    @Operation(summary = "Lägg upp en aktgranskning: nyckel, kriterier för urvalet och ett frö",
            description = "area: PILOT, ORDINARY eller ALL (barnets område när ärendet inleddes). Ärenden med en "
                    + "utredning avslutad under perioden. unitIds tom = alla enheter, level null = alla nivåer. "
                    + "Utan seed dras ett frö. Urvalet dras med POST .../sample.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Familjeorienterat arbetssätt, våren 2026", "keyId": "6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001",
             "unitIds": [], "area": "PILOT", "closedFrom": "2026-01-01", "closedTo": "2026-06-30",
             "level": null, "sampleSize": 20, "seed": "2026"}""")))
    ResponseEntity<AuditJson> create(@RequestBody AuditRequest request) {
        var audit = audits.create(request.input());
        return ResponseEntity.created(URI.create("/api/v1/audits/" + audit.id())).body(AuditJson.of(audit));
    }

    @GetMapping("/api/v1/audits/{id}")
    @Operation(summary = "En aktgranskning: kriterier, frö, antal ärenden som uppfyllde kriterierna och framsteg")
    AuditJson get(@PathVariable UUID id) {
        return AuditJson.of(audits.get(id));
    }

    @PostMapping("/api/v1/audits/{id}/sample")
    @Operation(summary = "Dra urvalet och spara det (en gång; därefter 409)",
            description = "Ordnas efter md5(frö || ärende-id): samma kriterier och frö ger samma ärenden.")
    AuditJson draw(@PathVariable UUID id) {
        return AuditJson.of(audits.draw(id));
    }

    @GetMapping("/api/v1/audits/{id}/matters")
    @Operation(summary = "Urvalets ärenden i dragningsordning med granskningsstatus (aktgranskare och enhetschefer)")
    List<SampledJson> sample(@PathVariable UUID id) {
        return audits.sample(id).stream().map(SampledJson::of).toList();
    }

    @GetMapping("/api/v1/audits/{id}/matters/{matterId}/answers")
    @Operation(summary = "Svaren hittills om ett ärende, med kommentarer")
    AnswersJson answers(@PathVariable UUID id, @PathVariable UUID matterId) {
        var answers = audits.answers(id, matterId);
        return new AnswersJson(matterId, audits.sampled(id, matterId).reviewed(),
                answers.stream().map(AnswerJson::of).toList());
    }

    @PutMapping("/api/v1/audits/{id}/matters/{matterId}/answers")
    @Operation(summary = "Spara svar om ett ärende (de som inte skickas lämnas orörda); reviewed true markerar det granskat",
            description = "answer: YES, PARTLY, NO eller NOT_APPLICABLE; scale 1-5 för skalfrågor. Fel namnges "
                    + "per fråga som q{nummer}. reviewed true kräver att alla frågor är besvarade, false tar bort markeringen.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"answers": [{"question": 1, "answer": "YES", "scale": null, "comment": "Samråd i början och slutet."},
                         {"question": 12, "answer": null, "scale": 4, "comment": null}],
             "reviewed": false}""")))
    AnswersJson answer(@PathVariable UUID id, @PathVariable UUID matterId, @RequestBody AnswersRequest request) {
        List<GivenAnswer> given = request.answers() == null ? List.of() : request.answers().stream()
                .map(a -> GivenAnswer.of(a.question(), a.answer(), a.scale(), a.comment())).toList();
        var saved = audits.answer(id, matterId, given, request.reviewed());
        return new AnswersJson(matterId, audits.sampled(id, matterId).reviewed(),
                saved.stream().map(AnswerJson::of).toList());
    }

    @GetMapping("/api/v1/audits/{id}/results")
    @Operation(summary = "Resultat per fråga över granskade ärenden: antal och andelar ja/delvis/nej (ej aktuellt "
            + "utanför nämnaren), medelvärde för skalfrågor; kommentarer bara för aktgranskare och enhetschefer; "
            + "analytiker ser inga siffror förrän minst fem ärenden är granskade")
    ResultsJson results(@PathVariable UUID id) {
        AuditResults results = audits.results(id);
        return new ResultsJson(AuditJson.of(results.audit()), results.suppressed(),
                results.questions().stream().map(AuditJson.ResultJson::of).toList(),
                results.comments() == null ? null : results.comments().stream().map(CommentJson::of).toList());
    }

    @GetMapping("/api/v1/audits/comparison")
    @Operation(summary = "Två granskningar med samma nyckel sida vid sida; skillnad = andra minus första",
            description = "För ja/delvis/nej-frågor skillnaden i andel ja med 95 % Newcombe-intervall, för skalfrågor i medelvärde.")
    ComparisonJson comparison(@RequestParam UUID first, @RequestParam UUID second) {
        var rows = audits.compare(first, second);
        var a = audits.get(first);
        var b = audits.get(second);
        return new ComparisonJson(AuditJson.of(a), AuditJson.of(b), audits.hidesResults(a) || audits.hidesResults(b),
                rows.stream().map(ComparedJson::of).toList());
    }
}
