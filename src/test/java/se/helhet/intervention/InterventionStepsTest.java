package se.helhet.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.helhet.support.Refused.problem;
import static se.helhet.support.Refused.problems;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.helhet.common.Level;
import se.helhet.platform.ConflictException;

/** The steps of an intervention on the value itself, without the application. */
class InterventionStepsTest {

    private static final LocalDate OFFERED = LocalDate.of(2026, 3, 2);

    static Intervention offered(LocalDate on, LocalDate decidedOn) {
        return new Intervention(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new CatalogueEntry("FAMILY_TREATMENT", "Familjebehandling", Set.of(Level.ORANGE, Level.RED), true),
                new Provider(ProviderKind.INTERNAL, "Familjeteamet"), UUID.randomUUID(), "Lena Falk",
                "Tryggare rutiner hemma", decidedOn == null ? null : UUID.randomUUID(), decidedOn,
                InterventionState.OFFERED, Intervention.Dates.offeredOn(on), null, 3);
    }

    static Intervention offered() {
        return offered(OFFERED, null);
    }

    /** The intervention brought to a state by the usual road, a few days between the steps. */
    static Intervention in(InterventionState state) {
        Intervention i = offered();
        return switch (state) {
            case OFFERED -> i;
            case ACCEPTED -> i.accept(OFFERED.plusDays(2));
            case DECLINED -> i.decline(OFFERED.plusDays(2), "Familjen vill vänta");
            case STARTED -> i.accept(OFFERED.plusDays(2)).start(OFFERED.plusDays(9));
            case COMPLETED -> in(InterventionState.STARTED).complete(OFFERED.plusDays(90));
            case ENDED_EARLY -> in(InterventionState.STARTED).endEarly(OFFERED.plusDays(30), "Familjen flyttade");
        };
    }

    @Test
    void offeredAcceptedStartedCompletedKeepsTheDateOfEveryStep() {
        Intervention done = offered().accept(OFFERED.plusDays(1)).start(OFFERED.plusDays(8))
                .complete(OFFERED.plusDays(60));

        assertThat(done.state()).isEqualTo(InterventionState.COMPLETED);
        assertThat(done.dates()).isEqualTo(new Intervention.Dates(OFFERED, OFFERED.plusDays(1), null,
                OFFERED.plusDays(8), OFFERED.plusDays(60), null));
        assertThat(done.reason()).isNull();
    }

    @Test
    void aStepChangesNothingButStateDatesAndReason() {
        Intervention before = offered();

        Intervention after = before.decline(OFFERED, "  Familjen vill vänta  ");

        assertThat(after).usingRecursiveComparison().ignoringFields("state", "dates", "reason").isEqualTo(before);
        assertThat(after.reason())
                .isEqualTo("Familjen vill vänta");
        assertThat(before.state()).isEqualTo(InterventionState.OFFERED);
    }

    @ParameterizedTest
    @EnumSource(InterventionState.class)
    void eachStateAllowsExactlyTheStepsItNames(InterventionState state) {
        Intervention at = in(state);
        LocalDate later = OFFERED.plusDays(200);

        for (Step step : Step.values()) {
            if (state.nextSteps().contains(step)) {
                assertThat(at.take(step, later, "Skäl").state()).as("%s from %s", step, state).isNotEqualTo(state);
            } else {
                assertThatThrownBy(() -> at.take(step, later, "Skäl")).as("%s from %s", step, state)
                        .isInstanceOf(ConflictException.class);
            }
        }
        assertThat(state.isFinal()).isEqualTo(state.nextSteps().isEmpty());
    }

    @Test
    void refusesInWordsWhatTheStateDoesNotAllow() {
        assertThat(refusal(() -> offered().start(OFFERED)))
                .isEqualTo("Insatsen kan inte påbörjas innan den har accepterats");
        assertThat(refusal(() -> in(InterventionState.DECLINED).start(OFFERED.plusDays(5))))
                .isEqualTo("Familjen har tackat nej till insatsen, så den kan inte påbörjas");
        assertThat(refusal(() -> in(InterventionState.ACCEPTED).complete(OFFERED.plusDays(5))))
                .isEqualTo("Insatsen kan inte avslutas innan den har påbörjats");
        assertThat(refusal(() -> in(InterventionState.STARTED).accept(OFFERED.plusDays(20))))
                .isEqualTo("Insatsen är redan påbörjad, så familjens svar är redan registrerat");
        assertThat(refusal(() -> in(InterventionState.ENDED_EARLY).complete(OFFERED.plusDays(100))))
                .isEqualTo("Insatsen är redan avslutad i förtid");
    }

    /** The conflict's text as the person reads it. */
    private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable step) {
        return ((ConflictException) org.assertj.core.api.Assertions.catchThrowable(step)).userMessage();
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousOne() {
        Intervention started = in(InterventionState.STARTED);

        assertThat(problems(() -> started.complete(OFFERED.plusDays(8))))
                .containsExactly(problem("date", "Datumet kan inte vara före förra steget (2026-03-11)"));
        assertThat(started.complete(OFFERED.plusDays(9)).state()).isEqualTo(InterventionState.COMPLETED);
    }

    @Test
    void aStepNeedsADate() {
        assertThat(problems(() -> offered().accept(null))).containsExactly(problem("date", "Ange datum"));
    }

    @Test
    void decliningAndEndingEarlySayWhyInAtMostTwoThousandCharacters() {
        assertThat(problems(() -> offered().decline(OFFERED, " ")))
                .containsExactly(problem("reason", "Ange varför familjen tackade nej"));
        assertThat(problems(() -> in(InterventionState.STARTED).endEarly(OFFERED.plusDays(30), null)))
                .containsExactly(problem("reason", "Ange varför insatsen avslutas i förtid"));
        assertThat(problems(() -> offered().decline(OFFERED, "x".repeat(2_001))))
                .containsExactly(problem("reason", "Högst 2 000 tecken"));
        assertThat(offered().decline(OFFERED, "x".repeat(2_000)).reason()).hasSize(2_000);
    }

    @Test
    void theWaitStartsAtTheDecisionWhenThereIsOneAndOtherwiseAtTheAcceptance() {
        LocalDate decided = OFFERED.minusDays(10);
        Intervention granted = offered(OFFERED, decided).accept(OFFERED.plusDays(1)).start(OFFERED.plusDays(20));
        Intervention open = offered().accept(OFFERED.plusDays(1)).start(OFFERED.plusDays(20));

        assertThat(granted.waitingSince()).isEqualTo(decided);
        assertThat(granted.waitingDays()).contains(30L);
        assertThat(open.waitingSince()).isEqualTo(OFFERED.plusDays(1));
        assertThat(open.waitingDays()).contains(19L);
        assertThat(offered().waitingSince()).isNull();
        assertThat(offered().waitingDays()).isEmpty();
    }

    @Test
    void onlyAnAcceptedInterventionIsStillWaitedFor() {
        LocalDate today = OFFERED.plusDays(12);

        assertThat(in(InterventionState.ACCEPTED).waitingSoFar(today)).contains(10L);
        assertThat(in(InterventionState.STARTED).waitingSoFar(today)).isEmpty();
        assertThat(offered().waitingSoFar(today)).isEmpty();
    }
}
