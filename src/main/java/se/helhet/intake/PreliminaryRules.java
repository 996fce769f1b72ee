package se.helhet.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.intake.PreliminaryAssessment.JoinInvestigation;
import se.helhet.intake.PreliminaryAssessment.NoInvestigation;
import se.helhet.intake.PreliminaryAssessment.OpenInvestigation;
import se.helhet.intake.PreliminaryAssessment.Outcome;
import se.helhet.intake.PreliminaryAssessment.Transfer;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.FieldProblems;

/** What each outcome of a preliminary assessment requires, in the words of the routine. */
final class PreliminaryRules {

    private PreliminaryRules() {
    }

    /** {@code referralProblems} are those of the referral typed with it, named here under {@code referral.}. */
    static PreliminaryAssessment check(PreliminaryAssessmentInput input, Report report, UUID childId, LocalDate today,
                                       ZoneId zone, String decidedBy, List<FieldProblem> referralProblems) {
        FieldProblems problems = new FieldProblems();
        PreliminaryOutcome code = problems.oneOf(PreliminaryOutcome.class, input.outcome(), "outcome",
                "intake.problem.outcome.missing");
        Level level = problems.optionalOneOf(Level.class, input.level(), "level", "intake.problem.level.unknown");
        LocalDate decidedOn = decidedOn(input.decidedOn(), today, LocalDate.ofInstant(report.receivedAt(), zone), problems);
        Outcome outcome = code == null ? null : outcome(code, level, input, problems);
        String reasoning = problems.required(input.reasoning(), "reasoning", "intake.problem.reasoning.decision", 10_000);
        if (code == PreliminaryOutcome.NO_INVESTIGATION) {
            referralProblems.forEach(p -> problems.add("referral." + p.field(), p.key(), p.args().toArray()));
        }
        problems.refuseIfAny();
        return new PreliminaryAssessment(report.id(), childId, decidedOn, outcome, reasoning, decidedBy);
    }

    /**
     * The outcome with what the routine asks of it, and nothing else that was typed (a municipality typed before
     * the worker chose "no investigation" is not kept); null when the input lacks something, which is then noted.
     */
    private static Outcome outcome(PreliminaryOutcome code, Level level, PreliminaryAssessmentInput input,
                                   FieldProblems problems) {
        return switch (code) {
            case OPEN_INVESTIGATION -> {
                if (level == null || !level.needsInvestigation()) {
                    problems.add("level", "intake.problem.level.investigation");
                    yield null;
                }
                yield new OpenInvestigation(level);
            }
            case NO_INVESTIGATION -> {
                if (level != null && level.needsInvestigation()) {
                    problems.add("level", "intake.problem.level.no-investigation");
                    yield null;
                }
                yield new NoInvestigation(level, FieldProblems.trim(input.openIntervention()));
            }
            case JOIN_INVESTIGATION -> withoutLevel(level, problems) ? new JoinInvestigation() : null;
            case TRANSFER -> {
                boolean withoutLevel = withoutLevel(level, problems);
                String municipality = FieldProblems.trim(input.transferredTo());
                if (municipality == null) {
                    problems.add("transferredTo", "intake.problem.transfer.missing");
                    yield null;
                }
                yield withoutLevel ? new Transfer(municipality) : null;
            }
        };
    }

    private static boolean withoutLevel(Level level, FieldProblems problems) {
        if (level != null) {
            problems.add("level", "intake.problem.level.not-set");
        }
        return level == null;
    }

    private static LocalDate decidedOn(String value, LocalDate today, LocalDate received, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return today;
        }
        LocalDate date = problems.date(value, "decidedOn");
        if (date != null && (date.isAfter(today) || date.isBefore(received))) {
            problems.add("decidedOn", "intake.problem.decided-on.range");
        }
        return date;
    }
}
