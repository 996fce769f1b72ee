package se.helhet.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.platform.IsoDates;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/** What each outcome of a preliminary assessment requires, in the words of the routine. */
final class PreliminaryRules {

    private PreliminaryRules() {
    }

    static PreliminaryAssessment check(PreliminaryAssessmentInput input, Report report, UUID childId, LocalDate today,
                                       ZoneId zone, String decidedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        PreliminaryOutcome outcome = ReportRules.oneOf(PreliminaryOutcome.class, input.outcome(), "outcome",
                "Välj vad förhandsbedömningen leder till", problems);
        Level level = input.level() == null || input.level().isBlank() ? null
                : ReportRules.oneOf(Level.class, input.level(), "level", "Okänd nivå", problems);
        LocalDate decidedOn = decidedOn(input.decidedOn(), today, LocalDate.ofInstant(report.receivedAt(), zone), problems);
        if (outcome == PreliminaryOutcome.OPEN_INVESTIGATION && (level == null || !level.needsInvestigation())) {
            problems.add(new FieldProblem("level", "En utredning är på nivå orange eller röd"));
        }
        if (outcome == PreliminaryOutcome.NO_INVESTIGATION && level != null && level.needsInvestigation()) {
            problems.add(new FieldProblem("level", "Utan utredning är nivån blå eller grön"));
        }
        if ((outcome == PreliminaryOutcome.JOIN_INVESTIGATION || outcome == PreliminaryOutcome.TRANSFER) && level != null) {
            problems.add(new FieldProblem("level", "Nivån sätts inte vid det här utfallet"));
        }
        String transferredTo = ReportRules.trim(input.transferredTo());
        if (outcome == PreliminaryOutcome.TRANSFER && transferredTo == null) {
            problems.add(new FieldProblem("transferredTo", "Ange vilken kommun ärendet överlämnas till"));
        }
        String reasoning = ReportRules.trim(input.reasoning());
        if (reasoning == null) {
            problems.add(new FieldProblem("reasoning", "Motivera beslutet"));
        } else if (reasoning.length() > 10_000) {
            problems.add(new FieldProblem("reasoning", "Högst 10 000 tecken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean noInvestigation = outcome == PreliminaryOutcome.NO_INVESTIGATION;
        return new PreliminaryAssessment(report.id(), childId, decidedOn, outcome, level,
                noInvestigation ? ReportRules.trim(input.openIntervention()) : null,
                noInvestigation ? ReportRules.trim(input.linkedActor()) : null,
                outcome == PreliminaryOutcome.TRANSFER ? transferredTo : null, reasoning, decidedBy);
    }

    private static LocalDate decidedOn(String value, LocalDate today, LocalDate received, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return today;
        }
        LocalDate date = IsoDates.parse(value, "decidedOn", problems);
        if (date != null && (date.isAfter(today) || date.isBefore(received))) {
            problems.add(new FieldProblem("decidedOn", "Beslutsdatumet ska ligga mellan mottagningsdagen och i dag"));
        }
        return date;
    }
}
