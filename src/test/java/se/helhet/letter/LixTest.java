package se.helhet.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** LIX = words / sentences + 100 × words longer than six letters / words, computed by hand below each text. */
class LixTest {

    @Test
    void aPlainLetterSentenceIsVeryEasy() {
        // "Vi har beslutat att Ella får stöd." 7 words; "Hon får en kontaktperson." 4 words: 11 words, 2 sentences.
        // Longer than six letters: beslutat (8), kontaktperson (13): 2.  LIX = 11/2 + 100·2/11 = 5.5 + 18.18 = 23.68
        Lix lix = Lix.of("Vi har beslutat att Ella får stöd. Hon får en kontaktperson.");
        assertThat(lix).isEqualTo(new Lix(11, 2, 2));
        assertThat(lix.value()).isCloseTo(23.68, within(0.01));
        assertThat(lix.rounded()).isEqualTo(24);
        assertThat(lix.band()).isEqualTo(LixBand.VERY_EASY);
        assertThat(lix.hard()).isFalse();
    }

    @Test
    void officialLanguageInOneLongSentenceIsVeryHard() {
        // Socialnämndens(14) bedömning(9) är att barnets(7) behov av omvårdnad(9) tillgodoses(11) genom insatser(8)
        // i hemmiljön(9): 13 words, 1 sentence, 7 longer than six letters.  LIX = 13/1 + 100·7/13 = 13 + 53.85 = 66.85
        Lix lix = Lix.of("Socialnämndens bedömning är att barnets behov av omvårdnad tillgodoses genom insatser i hemmiljön.");
        assertThat(lix).isEqualTo(new Lix(13, 1, 7));
        assertThat(lix.value()).isCloseTo(66.85, within(0.01));
        assertThat(lix.band()).isEqualTo(LixBand.VERY_HARD);
        assertThat(lix.hard()).isTrue();
    }

    @Test
    void aLineBreakEndsASentenceAndDigitsAreWords() {
        // "Beslut 2026-11-23": Beslut(6, not longer than six), 2026, 11, 23: 4 words, none long.
        // "Vi hjälper dig gärna.": 4 words, hjälper(7) long.  8 words, 2 sentences, 1 long.
        // LIX = 8/2 + 100·1/8 = 4 + 12.5 = 16.5
        Lix lix = Lix.of("Beslut 2026-11-23\n\nVi hjälper dig gärna.");
        assertThat(lix).isEqualTo(new Lix(8, 2, 1));
        assertThat(lix.value()).isCloseTo(16.5, within(0.001));
    }

    @Test
    void aMediumTextAboveFortyIsHard() {
        // "Utredningen visar att familjen behöver stöd i vardagen." Utredningen(11) visar att familjen(8) behöver(7)
        // stöd i vardagen(8): 8 words, 4 long.  "Vi erbjuder därför familjebehandling under sex månader." Vi erbjuder(8)
        // därför familjebehandling(17) under sex månader(7): 7 words, 3 long.  "Ni kan ringa oss." 4 words, 0 long.
        // 19 words, 3 sentences, 7 long.  LIX = 19/3 + 100·7/19 = 6.33 + 36.84 = 43.18
        Lix lix = Lix.of("Utredningen visar att familjen behöver stöd i vardagen. "
                + "Vi erbjuder därför familjebehandling under sex månader. Ni kan ringa oss.");
        assertThat(lix).isEqualTo(new Lix(19, 3, 7));
        assertThat(lix.value()).isCloseTo(43.18, within(0.01));
        assertThat(lix.rounded()).isEqualTo(43);
        assertThat(lix.band()).isEqualTo(LixBand.MEDIUM);
        assertThat(lix.hard()).isTrue();
    }

    @Test
    void aFullStopInsideANumberOrAnEmptyTextEndsNothing() {
        // "Det tar 2.5 veckor." Det tar 2 5 veckor(6): 5 words, 1 sentence, none long.  LIX = 5 + 0 = 5
        assertThat(Lix.of("Det tar 2.5 veckor.")).isEqualTo(new Lix(5, 1, 0));
        assertThat(Lix.of("  \n ").empty()).isTrue();
        assertThat(Lix.of(null).value()).isZero();
    }
}
