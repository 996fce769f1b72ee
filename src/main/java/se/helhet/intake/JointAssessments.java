package se.helhet.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

/**
 * The assessments of a report's children typed once for all of them: siblings in one report usually share the
 * reasoning, so it is written once and recorded for each child, as the law asks for each child. Either every
 * child's assessment is recorded or none is. A problem of one child's part is named {@code children[i].field},
 * {@code i} the child's place in the report.
 */
@Service
class JointAssessments {

    private final Reports reports;
    private final ReportRepository repository;

    JointAssessments(Reports reports, ReportRepository repository) {
        this.reports = reports;
        this.repository = repository;
    }

    /** The same answer and reasoning for every child of the report that has no protection assessment yet. */
    @Transactional
    public List<ProtectionAssessment> assessProtection(UUID reportId, Boolean needed, String reasoning) {
        List<UUID> waiting = children(reportId).stream().map(Report.Child::childId)
                .filter(child -> repository.protection(reportId, child).isEmpty()).toList();
        if (waiting.isEmpty()) {
            throw new ConflictException("intake.conflict.joint.protection-done");
        }
        return waiting.stream().map(child -> reports.assessProtection(reportId, child, needed, reasoning)).toList();
    }

    /**
     * Each child's own outcome for every child of the report whose protection is assessed and whose preliminary
     * assessment is not, the input of the child at place {@code i} (from 0) given by {@code inputs}, the shared
     * reasoning in each; every child's problems are named at once.
     */
    @Transactional
    public List<PreliminaryAssessment> assessPreliminary(UUID reportId, IntFunction<PreliminaryAssessmentInput> inputs) {
        List<Report.Child> children = children(reportId);
        FieldProblems problems = new FieldProblems();
        List<PreliminaryAssessment> assessed = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            UUID child = children.get(i).childId();
            if (repository.protection(reportId, child).isEmpty() || repository.preliminary(reportId, child).isPresent()) {
                continue;
            }
            try {
                assessed.add(reports.assessPreliminary(reportId, child, inputs.apply(i)));
            } catch (InvalidInputException refused) {
                String part = "children[" + i + "].";
                refused.problems().forEach(p -> problems.add(part + p.field(), p.message()));
            }
        }
        if (assessed.isEmpty() && problems.isEmpty()) {
            throw new ConflictException("intake.conflict.joint.preliminary-done");
        }
        // Refusing here undoes the children already recorded: all of them or none.
        problems.refuseIfAny();
        return assessed;
    }

    private List<Report.Child> children(UUID reportId) {
        return repository.findById(reportId).orElseThrow(() -> new NotFoundException("intake.report.not-found")).children();
    }
}
