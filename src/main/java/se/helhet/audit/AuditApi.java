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
@Tag(name = "File audits", description = "Audit keys, random samples of matters, answers per matter and results")
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
    @Operation(summary = "Every file audit with its criteria and how far the review has come")
    List<AuditJson> list() {
        return audits.list().stream().map(AuditJson::of).toList();
    }

    @PostMapping("/api/v1/audits")
    @Operation(summary = "Create a file audit: key, criteria for the sample and a seed",
            description = "area: PILOT, ORDINARY or ALL (the child's area when the matter was opened). Matters with an "
                    + "investigation closed within the period. unitIds empty = all units (for a unit manager who is not "
                    + "a file auditor: the manager's own units, and other units give 400), level null = all levels. "
                    + "Without a seed one is drawn. The sample is drawn with POST .../sample.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Family-oriented practice, spring 2026", "keyId": "6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001",
             "unitIds": [], "area": "PILOT", "closedFrom": "2026-01-01", "closedTo": "2026-06-30",
             "level": null, "sampleSize": 20, "seed": "2026"}""")))
    ResponseEntity<AuditJson> create(@RequestBody AuditRequest request) {
        var audit = audits.create(request.input());
        return ResponseEntity.created(URI.create("/api/v1/audits/" + audit.id())).body(AuditJson.of(audit));
    }

    @GetMapping("/api/v1/audits/{id}")
    @Operation(summary = "One file audit: criteria, seed, the number of matters that met the criteria, and progress")
    AuditJson get(@PathVariable UUID id) {
        return AuditJson.of(audits.get(id));
    }

    @PostMapping("/api/v1/audits/{id}/sample")
    @Operation(summary = "Draw the sample and save it (once; after that 409)",
            description = "Ordered by md5(seed || matter id): the same criteria and seed give the same matters.")
    AuditJson draw(@PathVariable UUID id) {
        return AuditJson.of(audits.draw(id));
    }

    @GetMapping("/api/v1/audits/{id}/matters")
    @Operation(summary = "The sample's matters in the order drawn, with their review status (file auditors and unit managers)")
    List<SampledJson> sample(@PathVariable UUID id) {
        return audits.sample(id).stream().map(SampledJson::of).toList();
    }
}
