package se.helhet.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.helhet.support.Answers;

/** The engine and the instrument data, without Spring. */
class InstrumentEngineTest {

    private final InstrumentScoring scoring = new InstrumentScoring();

    @Test
    void reverseScoredItemsAreTurnedAround() {
        // All raw 0: only the reverse items 7 (conduct), 11 and 14 (peer), 21 and 25 (hyperactivity) give 2.
        var scores = Instruments.SDQ.score(new ArrayList<>(java.util.Collections.nCopies(25, 0)));

        assertThat(scores).containsEntry("emotional", 0).containsEntry("conduct", 2)
                .containsEntry("hyperactivity", 4).containsEntry("peer", 4).containsEntry("prosocial", 0)
                .containsEntry("totalDifficulties", 10).containsEntry("externalising", 6)
                .containsEntry("internalising", 4);
    }

    @Test
    void aScaleIsProratedFromThreeAnswersAndRoundedHalfUp() {
        List<Integer> raw = new ArrayList<>(Answers.sdq(0, 0, 0, 0, 10));
        // Emotional 8, 13 = 1, 16, 24 = 0 and 3 missing: 2 / 4 * 5 = 2.5, rounded up to 3.
        raw.set(2, null);
        raw.set(7, 1);
        raw.set(12, 1);
        assertThat(Instruments.SDQ.score(raw).get("emotional")).isEqualTo(3);
        // Also 8 missing, 13 = 2, 16 = 1, 24 = 1: 4 / 3 * 5 = 6.67, rounded to 7.
        raw.set(7, null);
        raw.set(12, 2);
        raw.set(15, 1);
        raw.set(23, 1);
        assertThat(Instruments.SDQ.score(raw).get("emotional")).isEqualTo(7);
        raw.set(12, null);
        var scores = Instruments.SDQ.score(raw);
        assertThat(scores.get("emotional")).isNull();
        assertThat(scores.get("totalDifficulties")).isNull();
        assertThat(scores.get("internalising")).isNull();
        assertThat(scores.get("externalising")).isZero();
    }

    @Test
    void impactCountsOnlyQuiteALotAndAGreatDeal() {
        assertThat(SdqImpact.score(new ImpactAnswers(0, 3, 3, 3, 3, 3))).isZero();
        assertThat(SdqImpact.score(new ImpactAnswers(2, 0, 1, 2, 3, null))).isEqualTo(3);
        assertThat(SdqImpact.score(new ImpactAnswers(3, null, null, null, null, null))).isNull();
        assertThat(SdqImpact.score(null)).isNull();
    }

    @Test
    void eachBandTableCoversEveryScoreOnce() {
        for (SdqNorms norms : List.of(SdqBands.PARENT, SdqBands.TEACHER, SdqBands.SELF)) {
            for (var tables : List.of(norms.threeBand(), norms.fourBand())) {
                tables.forEach((score, table) -> assertThat(table.max())
                        .isEqualTo(score.equals("totalDifficulties") ? 40 : norms == SdqBands.TEACHER
                                && score.equals("impact") ? 6 : 10));
            }
        }
        assertThatThrownBy(() -> BandTable.of("0-3 A", "5-10 B")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auditItemsNineAndTenGiveZeroTwoOrFourPoints() {
        var result = scoring.audit("MALE", Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 1, 2));

        assertThat(result.scores().total()).isEqualTo(6);
        assertThat(result.band()).isEqualTo("LOW_RISK");
        assertThat(scoring.audit("FEMALE", Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 1, 2)).band()).isEqualTo("HAZARDOUS");
    }
}
