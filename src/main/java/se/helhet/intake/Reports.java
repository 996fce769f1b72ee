package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.matter.MatterOpening;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.UserTexts;
import se.helhet.referral.NewReferral;
import se.helhet.referral.Referral;
import se.helhet.referral.Referrals;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;
import se.helhet.trace.TracedPerson;

/** Registering reports and the first two assessments of each child in them. */
@Service
class Reports {

    private final ReportRepository reports;
    private final Matters matters;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final ApplicationEventPublisher events;
    private final Referrals referrals;
    private final Clock clock;

    Reports(ReportRepository reports, Matters matters, People people, CurrentUsers currentUsers, Trace trace,
            ApplicationEventPublisher events, Referrals referrals, Clock clock) {
        this.reports = reports;
        this.matters = matters;
        this.people = people;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.events = events;
        this.referrals = referrals;
        this.clock = clock;
    }

    /**
     * Registers the report and puts each child's part in the child's matter (opened when the child has
     * none). An application goes straight to investigation.
     */
    @Transactional
    public Report register(NewReport input) {
        CurrentUser user = requireCaseWorker();
        ReportRules.Checked checked = ReportRules.check(input, clock);
        UUID id = UUID.randomUUID();
        reports.insert(id, checked, user.id());
        List<Report.Child> children = new ArrayList<>();
        for (UUID childId : checked.childIds()) {
            MatterOpening matter = matters.openOrJoin(childId, checked.receivedAt());
            Report.Child child = new Report.Child(childId, matter.matterId(), matter.knownBefore());
            reports.insertChild(id, child);
            children.add(child);
            if (checked.kind() == ReportKind.APPLICATION) {
                events.publishEvent(new InvestigationOpeningDecided(matter.matterId(), childId, id, null,
                        LocalDate.ofInstant(checked.receivedAt(), clock.getZone())));
            }
        }
        trace.recordAll(TracedAction.CREATE, "report", traced(children));
        return reports.findById(id).orElseThrow();
    }

    /**
     * The report as the reader may see it, for the API and the page alike: only the children whose matters
     * the reader may read (see {@link Report#readableIn}), refused when that is none of them.
     */
    public Report get(UUID id) {
        return read(id, "report");
    }

    /**
     * The one way to a report and what hangs on it (its attachments are {@code attachment}): answered as the
     * report is, only the children the reader may read, and traced as the record asked for, one row per child
     * shown.
     */
    Report read(UUID id, String recordType) {
        Report seen = seen(id);
        trace.recordAll(TracedAction.READ, recordType, traced(seen.children()));
        return seen;
    }

    /**
     * The report for what concerns all of it at once — its documents, the feedback to its reporter: refused to
     * a reader of only some of its children, since a document may name every child and the feedback answers
     * for all of them. Traced as {@link #read} is.
     */
    Report whole(UUID id, String recordType) {
        Report seen = seen(id);
        if (seen.partial()) {
            throw new AccessDeniedException("Not every child of this report is the reader's to read");
        }
        trace.recordAll(TracedAction.READ, recordType, traced(seen.children()));
        return seen;
    }

    private Report seen(UUID id) {
        Report report = reports.findById(id).orElseThrow(() -> new NotFoundException("intake.report.not-found"));
        var readable = matters.readable(report.children().stream().map(Report.Child::matterId).toList());
        if (readable.isEmpty()) {
            throw new AccessDeniedException("No right to this report");
        }
        return report.readableIn(readable);
    }

    @Transactional
    public ProtectionAssessment assessProtection(UUID reportId, UUID childId, Boolean needed, String reasoning) {
        CurrentUser user = requireCaseWorker();
        Report.Child child = childOf(reportId, childId);
        matters.workable(child.matterId());
        FieldProblems problems = new FieldProblems();
        if (needed == null) {
            problems.add("immediateProtectionNeeded", "intake.problem.protection.missing");
        }
        String why = problems.required(reasoning, "reasoning", "intake.problem.reasoning.assessment", 10_000);
        problems.refuseIfAny();
        if (reports.protection(reportId, childId).isPresent()) {
            throw new ConflictException("intake.conflict.protection-done");
        }
        var assessment = new ProtectionAssessment(reportId, childId, clock.instant(), needed, why, user.displayName());
        try {
            reports.insertProtection(assessment, user.id());
        } catch (DuplicateKeyException e) {
            // Two workers saving at the same moment: the check above saw neither.
            throw new ConflictException("intake.conflict.protection-done");
        }
        trace.record(TracedAction.CREATE, "protection-assessment", reportId.toString(), traced(childId));
        return assessment;
    }

    @Transactional
    public PreliminaryAssessment assessPreliminary(UUID reportId, UUID childId, PreliminaryAssessmentInput input) {
        CurrentUser user = requireCaseWorker();
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("intake.report.not-found"));
        Report.Child child = childOf(reportId, childId);
        var matter = matters.workable(child.matterId());
        if (report.kind() == ReportKind.APPLICATION) {
            throw new InvalidInputException("outcome",
                    "intake.problem.application.no-preliminary");
        }
        if (reports.protection(reportId, childId).isEmpty()) {
            throw new InvalidInputException("outcome", "intake.problem.protection.first");
        }
        if (reports.preliminary(reportId, childId).isPresent()) {
            throw new ConflictException("intake.conflict.preliminary-done");
        }
        PreliminaryAssessment assessment = PreliminaryRules.check(input, report, childId, LocalDate.now(clock),
                clock.getZone(), user.displayName(), input.refers() ? referrals.problems(input.referral()) : List.of());
        try {
            reports.insertPreliminary(assessment, user.id());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("intake.conflict.preliminary-done");
        }
        switch (assessment.outcome()) {
            case PreliminaryAssessment.OpenInvestigation open -> {
                matters.changeLevel(matter.id(), matter.version(), open.level(), preliminaryReason());
                events.publishEvent(new InvestigationOpeningDecided(matter.id(), childId, reportId, open.level(),
                        assessment.decidedOn()));
            }
            case PreliminaryAssessment.NoInvestigation none -> {
                if (input.refers()) {
                    referrals.referFromPreliminaryAssessment(matter.id(), reportId, new NewReferral(
                            input.referral().actorKind(), input.referral().actorName(), input.referral().purpose(),
                            assessment.decidedOn().toString()));
                }
                if (none.level() != null) {
                    matters.changeLevel(matter.id(), matter.version(), none.level(), preliminaryReason());
                }
                matters.close(matter.id(), assessment.decidedOn(),
                        UserTexts.text(UserTexts.SWEDISH, "intake.closing-reason.no-investigation"));
            }
            case PreliminaryAssessment.Transfer transfer -> matters.close(matter.id(), assessment.decidedOn(),
                    UserTexts.text(UserTexts.SWEDISH, "intake.closing-reason.transfer", transfer.municipality()));
            case PreliminaryAssessment.JoinInvestigation join -> { }
        }
        trace.record(TracedAction.CREATE, "preliminary-assessment", reportId.toString(), traced(childId));
        return assessment;
    }

    /** The child's protection assessment in the report; the read of the report itself was traced by {@link #get}. */
    public Optional<ProtectionAssessment> protection(UUID reportId, UUID childId) {
        readableChild(reportId, childId);
        return reports.protection(reportId, childId);
    }

    public Optional<PreliminaryAssessment> preliminary(UUID reportId, UUID childId) {
        readableChild(reportId, childId);
        return reports.preliminary(reportId, childId);
    }

    /** What the child's preliminary assessment linked the family to, read under the child's matter. */
    public List<Referral> referrals(UUID reportId, UUID childId) {
        return referrals.fromPreliminaryAssessment(childOf(reportId, childId).matterId(), reportId);
    }

    /** The user may read the child's part of the report (its matter); the page traced it through {@link #get}. */
    private void readableChild(UUID reportId, UUID childId) {
        if (matters.readable(Set.of(childOf(reportId, childId).matterId())).isEmpty()) {
            throw new AccessDeniedException("No right to this matter");
        }
    }

    /** A record about one child of the report, read under the child's matter and traced as {@code recordType}. */
    void readChild(UUID reportId, UUID childId, String recordType) {
        matters.read(childOf(reportId, childId).matterId(), recordType, reportId.toString());
    }

    private Report.Child childOf(UUID reportId, UUID childId) {
        return reports.children(reportId).stream().filter(c -> c.childId().equals(childId)).findFirst()
                .orElseThrow(() -> new NotFoundException("intake.child.not-in-report"));
    }

    private CurrentUser requireCaseWorker() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not a case worker");
        }
        return user;
    }

    private List<TracedPerson> traced(List<Report.Child> children) {
        return people.traceReferences(children.stream().map(Report.Child::childId).toList());
    }

    private TracedPerson traced(UUID childId) {
        return people.traceReference(childId);
    }

    /** The reason the level history keeps, in Swedish as the worker's own reasons are. */
    private static String preliminaryReason() {
        return UserTexts.text(UserTexts.SWEDISH, "intake.level-reason.preliminary");
    }
}
