package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.helhet.support.Refused.problem;
import static se.helhet.support.Refused.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.helhet.common.Level;
import se.helhet.intake.PreliminaryAssessment.JoinInvestigation;
import se.helhet.intake.PreliminaryAssessment.NoInvestigation;
import se.helhet.intake.PreliminaryAssessment.OpenInvestigation;
import se.helhet.intake.PreliminaryAssessment.Transfer;
import se.helhet.platform.FieldProblem;
import se.helhet.support.Refused;
import se.helhet.referral.NewReferral;

/** What each outcome of a preliminary assessment asks for, without the application. */
class PreliminaryRulesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 9);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final UUID CHILD = UUID.randomUUID();
    private static final Report REPORT = new Report(UUID.randomUUID(), ReportKind.CONCERN_REPORT,
            Instant.parse("2026-11-09T08:30:00Z"), ReporterCategory.SCHOOL, false, "Kim", "Ekdalsskolan", null,
            Set.of(ConcernReason.NEGLECT), "Oro.", "Amira Khalil",
            List.of(new Report.Child(CHILD, UUID.randomUUID(), false)), false);

    /** Every field typed, as a worker who tried several outcomes before choosing one leaves the form. */
    private static PreliminaryAssessmentInput typed(String outcome, String level) {
        return new PreliminaryAssessmentInput(outcome, level, "", " Samtalsstöd ",
                new NewReferral("SCHOOL", " Elevhälsan ", "Samtalsstöd", null), " Sjöstads kommun ",
                " Skolan beskriver bristande omsorg. ");
    }

    private static PreliminaryAssessment check(PreliminaryAssessmentInput input) {
        return PreliminaryRules.check(input, REPORT, CHILD, TODAY, STOCKHOLM, "Amira Khalil", List.of());
    }

    @Test
    void anInvestigationIsOpenedAtOrangeOrRedAndKeepsNothingElseTyped() {
        PreliminaryAssessment assessment = check(typed("OPEN_INVESTIGATION", "RED"));

        assertThat(assessment.outcome()).isEqualTo(new OpenInvestigation(Level.RED));
        assertThat(assessment.decidedOn()).isEqualTo(TODAY);
        assertThat(assessment.reasoning()).isEqualTo("Skolan beskriver bristande omsorg.");
        assertThat(assessment.decidedBy()).isEqualTo("Amira Khalil");
        assertThat(assessment.reportId()).isEqualTo(REPORT.id());
    }

    @Test
    void withoutAnInvestigationTheLevelAndTheInterventionAreKept() {
        assertThat(check(typed("NO_INVESTIGATION", "GREEN")).outcome())
                .isEqualTo(new NoInvestigation(Level.GREEN, "Samtalsstöd"));
        assertThat(check(new PreliminaryAssessmentInput("NO_INVESTIGATION", " ", null, "", null, null, "Inget behov."))
                .outcome()).isEqualTo(new NoInvestigation(null, null));
    }

    @Test
    void aReferralsProblemsAreNamedUnderReferralWithoutAnInvestigationOnly() {
        var referralProblems = List.of(new FieldProblem("actorName", "Ange aktörens namn"));

        assertThat(problems(() -> PreliminaryRules.check(typed("NO_INVESTIGATION", "GREEN"), REPORT, CHILD, TODAY,
                STOCKHOLM, "Amira Khalil", referralProblems)))
                .containsExactly(problem("referral.actorName", "Ange aktörens namn"));
        assertThat(PreliminaryRules.check(typed("OPEN_INVESTIGATION", "RED"), REPORT, CHILD, TODAY, STOCKHOLM,
                "Amira Khalil", referralProblems).outcome()).isEqualTo(new OpenInvestigation(Level.RED));
    }

    @Test
    void aTransferNamesTheMunicipalityAndJoiningNamesNothing() {
        assertThat(check(typed("TRANSFER", null)).outcome()).isEqualTo(new Transfer("Sjöstads kommun"));
        assertThat(check(typed("JOIN_INVESTIGATION", "")).outcome()).isEqualTo(new JoinInvestigation());
        assertThat(problems(() -> check(new PreliminaryAssessmentInput("TRANSFER", null, null, null, null, "  ",
                "Familjen har flyttat.")))).containsExactly(
                problem("transferredTo", "Ange vilken kommun ärendet överlämnas till"));
    }

    /** Each of the 20 pairs, the level left out included. */
    static Stream<Arguments> everyOutcomeWithEveryLevel() {
        return Arrays.stream(PreliminaryOutcome.values()).flatMap(outcome -> Stream
                .concat(Stream.of((Level) null), Arrays.stream(Level.values())).map(level -> arguments(outcome, level)));
    }

    @ParameterizedTest
    @MethodSource("everyOutcomeWithEveryLevel")
    void theLevelFitsTheOutcomeOrItIsRefusedBesideTheLevelField(PreliminaryOutcome outcome, Level level) {
        boolean allowed = switch (outcome) {
            case OPEN_INVESTIGATION -> level == Level.ORANGE || level == Level.RED;
            case NO_INVESTIGATION -> level != Level.ORANGE && level != Level.RED;
            case JOIN_INVESTIGATION, TRANSFER -> level == null;
        };
        PreliminaryAssessmentInput input = typed(outcome.name(), level == null ? null : level.name());

        if (allowed) {
            assertThat(check(input).outcome().code()).isEqualTo(outcome);
        } else {
            assertThat(problems(() -> check(input))).extracting(Refused.Shown::field).containsExactly("level");
        }
    }

    @Test
    void theLevelRefusalSaysWhatTheOutcomeNeeds() {
        assertThat(problems(() -> check(typed("OPEN_INVESTIGATION", null))))
                .containsExactly(problem("level", "En utredning är på nivå orange eller röd"));
        assertThat(problems(() -> check(typed("NO_INVESTIGATION", "ORANGE"))))
                .containsExactly(problem("level", "Utan utredning är nivån blå eller grön"));
        assertThat(problems(() -> check(typed("JOIN_INVESTIGATION", "BLUE"))))
                .containsExactly(problem("level", "Nivån sätts inte vid det här utfallet"));
    }

    @Test
    void everyProblemIsNamedAtOnceInTheOrderOfTheForm() {
        var input = new PreliminaryAssessmentInput("TRANSFER", "PURPLE", "2026-11-08", null, null, null, " ");

        assertThat(problems(() -> check(input))).containsExactly(
                problem("level", "Okänd nivå"),
                problem("decidedOn", "Beslutsdatumet ska ligga mellan mottagningsdagen och i dag"),
                problem("transferredTo", "Ange vilken kommun ärendet överlämnas till"),
                problem("reasoning", "Motivera beslutet"));
        assertThat(problems(() -> check(new PreliminaryAssessmentInput(null, null, null, null, null, null, "x"))))
                .containsExactly(problem("outcome", "Välj vad förhandsbedömningen leder till"));
    }

    @Test
    void theDecisionIsDatedBetweenTheDayOfReceiptAndToday() {
        assertThat(check(new PreliminaryAssessmentInput("JOIN_INVESTIGATION", null, "2026-11-09", null, null, null,
                "Pågående utredning.")).decidedOn()).isEqualTo(RECEIVED);
        assertThat(problems(() -> check(new PreliminaryAssessmentInput("JOIN_INVESTIGATION", null, "2026-11-21",
                null, null, null, "Pågående utredning.")))).extracting(Refused.Shown::field)
                .containsExactly("decidedOn");
    }

    @Test
    void theReasoningIsAtMostTenThousandCharacters() {
        assertThat(check(new PreliminaryAssessmentInput("JOIN_INVESTIGATION", null, null, null, null, null,
                "r".repeat(10_000))).reasoning()).hasSize(10_000);
        assertThat(problems(() -> check(new PreliminaryAssessmentInput("JOIN_INVESTIGATION", null, null, null, null,
                null, "r".repeat(10_001))))).containsExactly(problem("reasoning", "Högst 10 000 tecken"));
    }

    @Test
    void anOutcomeCannotBeBuiltWithoutWhatItNeeds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenInvestigation(Level.GREEN));
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenInvestigation(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new NoInvestigation(Level.RED, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Transfer(" "));
    }
}
