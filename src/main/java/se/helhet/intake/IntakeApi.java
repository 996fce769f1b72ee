package se.helhet.intake;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
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
import se.helhet.common.ActorKind;
import se.helhet.common.Level;
import se.helhet.referral.Referral;
import se.helhet.platform.UserTexts;

@RestController
@Tag(name = "Intake", description = "Reports, protection assessment and preliminary assessment")
class IntakeApi {

    record ReportRequest(String kind, String receivedAt, String reporterCategory, Boolean anonymous,
                         String reporterName, String reporterOrganisation, String reporterContact, List<UUID> childIds,
                         List<String> concernReasons, String description) {
    }

    record ReportJson(UUID id, ReportKind kind, Instant receivedAt, ReporterCategory reporterCategory,
                      boolean anonymous, String reporterName, String reporterOrganisation, String reporterContact,
                      Set<ConcernReason> concernReasons, String description, String registeredBy,
                      List<Report.Child> children, boolean partial) {

        static ReportJson of(Report r) {
            return new ReportJson(r.id(), r.kind(), r.receivedAt(), r.reporterCategory(), r.anonymous(),
                    r.reporterName(), r.reporterOrganisation(), r.reporterContact(), r.concernReasons(),
                    r.description(), r.registeredBy(), r.children(), r.partial());
        }
    }

    record ProtectionRequest(Boolean immediateProtectionNeeded, String reasoning) {
    }

    record ProtectionJson(Instant assessedAt, boolean immediateProtectionNeeded, String reasoning, String assessedBy) {
        static ProtectionJson of(ProtectionAssessment a) {
            return new ProtectionJson(a.assessedAt(), a.immediateProtectionNeeded(), a.reasoning(), a.assessedBy());
        }
    }

    /** An actor the assessment linked the family to; the referral itself is at /api/v1/referrals/{id}. */
    record ReferralJson(UUID id, ActorKind actorKind, String actorName, String purpose) {
        static ReferralJson of(Referral r) {
            return new ReferralJson(r.id(), r.actorKind(), r.actorName(), r.purpose());
        }
    }

    /** Every outcome's fields side by side, null where the outcome has none; the report page shows the same. */
    record PreliminaryJson(LocalDate decidedOn, PreliminaryOutcome outcome, Level level, String openIntervention,
                           List<ReferralJson> referrals, String transferredTo, String reasoning, String decidedBy) {
        static PreliminaryJson of(PreliminaryAssessment a, List<Referral> referrals) {
            List<ReferralJson> linked = referrals.stream().map(ReferralJson::of).toList();
            return switch (a.outcome()) {
                case PreliminaryAssessment.OpenInvestigation open -> of(a, open.level(), null, linked, null);
                case PreliminaryAssessment.NoInvestigation none ->
                        of(a, none.level(), none.openIntervention(), linked, null);
                case PreliminaryAssessment.JoinInvestigation join -> of(a, null, null, linked, null);
                case PreliminaryAssessment.Transfer transfer -> of(a, null, null, linked, transfer.municipality());
            };
        }

        private static PreliminaryJson of(PreliminaryAssessment a, Level level, String openIntervention,
                                          List<ReferralJson> referrals, String transferredTo) {
            return new PreliminaryJson(a.decidedOn(), a.outcome().code(), level, openIntervention, referrals,
                    transferredTo, a.reasoning(), a.decidedBy());
        }
    }

    record WorklistItemJson(UUID reportId, UUID childId, UUID matterId, String childName, boolean protectedIdentity,
                            Instant receivedAt, ReportKind kind, ReporterCategory reporterCategory,
                            IntakeWorklist.Step step, LocalDate due, String status, boolean overdue,
                            String nonWorkingDayNote) {
    }

    private final Reports reports;
    private final IntakeWorklist worklist;
    private final PreliminaryContacts contacts;

    IntakeApi(Reports reports, IntakeWorklist worklist, PreliminaryContacts contacts) {
        this.reports = reports;
        this.worklist = worklist;
        this.contacts = contacts;
    }

    @PostMapping("/api/v1/reports")
    @Operation(summary = "Register a concern report, application or other request about one or more children",
            description = "Each child gets a matter (an open matter is reused). An application leads straight to an "
                    + "investigation.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"kind": "CONCERN_REPORT", "receivedAt": "2026-11-23T09:40", "reporterCategory": "SCHOOL",
             "anonymous": false, "reporterName": "Kim Rektor", "reporterOrganisation": "Ekdalsskolan",
             "reporterContact": "070-174 06 10", "childIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "concernReasons": ["NEGLECT", "SCHOOL_PROBLEMS"], "description": "The child often arrives without breakfast."}""")))
    ResponseEntity<ReportJson> register(@RequestBody ReportRequest r) {
        Report report = reports.register(new NewReport(r.kind(), r.receivedAt(), r.reporterCategory(),
                Boolean.TRUE.equals(r.anonymous()), r.reporterName(), r.reporterOrganisation(), r.reporterContact(),
                r.childIds(), r.concernReasons(), r.description()));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(ReportJson.of(report));
    }

    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "Get a report",
            description = "Only the children whose matters the reader may read. When a child is left out, partial is "
                    + "true and description null, as the reporter's text may concern all the children.")
    ReportJson get(@PathVariable UUID id) {
        return ReportJson.of(reports.get(id));
    }

    @PostMapping("/api/v1/reports/{id}/children/{childId}/protection-assessment")
    @Operation(summary = "Protection assessment for a child in the report (the same day)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"immediateProtectionNeeded": false, "reasoning": "The child is at school and has a safe adult at home tonight."}""")))
    ResponseEntity<ProtectionJson> protection(@PathVariable UUID id, @PathVariable UUID childId,
                                              @RequestBody ProtectionRequest r) {
        var assessment = reports.assessProtection(id, childId, r.immediateProtectionNeeded(), r.reasoning());
        return ResponseEntity.status(HttpStatus.CREATED).body(ProtectionJson.of(assessment));
    }

    @PostMapping("/api/v1/reports/{id}/children/{childId}/preliminary-assessment")
    @Operation(summary = "Preliminary assessment for a child (within 14 days); not for an application",
            description = "With NO_INVESTIGATION, referral can refer the family to another actor (as "
                    + "POST /api/v1/matters/{id}/referrals, the day is the decision day); its problems are named "
                    + "referral.actorKind and so on.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"outcome": "OPEN_INVESTIGATION", "level": "ORANGE", "decidedOn": "2026-11-23",
             "reasoning": "The school describes a lack of care over a long time."}""")))
    ResponseEntity<PreliminaryJson> preliminary(@PathVariable UUID id, @PathVariable UUID childId,
                                                @RequestBody PreliminaryAssessmentInput r) {
        var assessment = reports.assessPreliminary(id, childId, r);
        return ResponseEntity.status(HttpStatus.CREATED).body(PreliminaryJson.of(assessment,
                reports.referrals(id, childId)));
    }

    record ContactRequest(String contactedOn, String party, String otherParty, Boolean consentNoted, String note) {
    }

    @PostMapping("/api/v1/reports/{id}/children/{childId}/contacts")
    @Operation(summary = "A contact during the preliminary assessment: the reporter and the family, others only with consent")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"contactedOn": "2026-11-24", "party": "OTHER", "otherParty": "Ekdalsskolans kurator",
             "consentNoted": true, "note": "The guardians consented by phone to the contact with the school."}""")))
    ResponseEntity<PreliminaryContact> contact(@PathVariable UUID id, @PathVariable UUID childId,
                                               @RequestBody ContactRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contacts.record(id, childId, r.contactedOn(), r.party(),
                r.otherParty(), Boolean.TRUE.equals(r.consentNoted()), r.note()));
    }

    @GetMapping("/api/v1/reports/{id}/children/{childId}/contacts")
    @Operation(summary = "Contacts during the preliminary assessment")
    List<PreliminaryContact> contacts(@PathVariable UUID id, @PathVariable UUID childId) {
        return contacts.of(id, childId);
    }

    @GetMapping("/api/v1/worklists/intake")
    @Operation(summary = "The intake worklist: protection and preliminary assessments, most urgent first")
    List<WorklistItemJson> intakeWorklist() {
        return worklist.items().stream().map(i -> new WorklistItemJson(i.reportId(), i.childId(), i.matterId(),
                i.child().name(), i.child().protectedIdentity(), i.receivedAt(), i.kind(), i.reporterCategory(),
                i.step(), i.deadline().due(), UserTexts.text(i.status().text()), i.status().isOverdue(),
                i.deadline().nonWorkingDayNote().map(UserTexts::text).orElse(null))).toList();
    }
}
