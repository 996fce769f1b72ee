package se.helhet.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void readsTheWaySchoolsWriteItAndRefusesTheRest() {
        assertThat(Term.parse(" ht 2026 ")).contains(new Term("HT2026"));
        assertThat(Term.parse("VT2027")).contains(new Term("VT2027"));
        assertThat(Term.parse("2026HT")).isEmpty();
        assertThat(Term.parse("HT26")).isEmpty();
        assertThat(Term.parse(null)).isEmpty();
    }

    @Test
    void theSummerBreakBelongsToTheSpringTermThatJustEnded() {
        assertThat(Term.of(LocalDate.of(2026, 1, 10))).isEqualTo(new Term("VT2026"));
        assertThat(Term.of(LocalDate.of(2026, 7, 15))).isEqualTo(new Term("VT2026"));
        assertThat(Term.of(LocalDate.of(2026, 8, 18))).isEqualTo(new Term("HT2026"));
        assertThat(Term.of(LocalDate.of(2026, 12, 31))).isEqualTo(new Term("HT2026"));
    }
}
