package se.helhet.audit;

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
import se.helhet.common.Level;

@RestController
@Tag(name = "Aktgranskning", description = "Granskningsnycklar, slumpvisa urval av ärenden, svar per ärende och resultat")
class AuditApi {

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

    private final Audits audits;

    AuditApi(Audits audits) {
        this.audits = audits;
    }

    @GetMapping("/api/v1/audits")
    @Operation(summary = "Alla aktgranskningar med kriterier och hur långt granskningen kommit")
    List<AuditJson> list() {
        return audits.list().stream().map(AuditJson::of).toList();
    }

    @PostMapping("/api/v1/audits")
    @Operation(summary = "Lägg upp en aktgranskning: nyckel, kriterier för urvalet och ett frö",
            description = "area: PILOT, ORDINARY eller ALL (barnets område när ärendet inleddes). Ärenden med en "
                    + "utredning avslutad under perioden. unitIds tom = alla enheter (för en enhetschef som inte är "
                    + "aktgranskare: chefens egna enheter, och andra enheter ger 400), level null = alla nivåer. "
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
}
