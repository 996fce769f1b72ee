package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSearchTest {

    @ParameterizedTest
    @CsvSource({
            "Östlund, ostlund",
            "Åberg, aberg",
            "Ähléz, ahlez",
            "Ørsted, orsted",
            "Bæk, baek",
            "Strauß, strauss",
            "Łukasz Wałęsa, lukasz walesa",
            "Đorđević, dordevic",
            "Yıldız, yildiz",
            "Çelik, celik",
            "Nguyễn, nguyen",
            "ANNA-KARIN, anna-karin",
    })
    void foldsCaseAndDiacritics(String name, String expected) {
        assertThat(NameSearch.normalize(name)).isEqualTo(expected);
    }

    @Test
    void treatsPrecomposedAndDecomposedLettersAlike() {
        assertThat(NameSearch.normalize("O\u0308stlund")).isEqualTo(NameSearch.normalize("\u00d6stlund"));
    }

    @Test
    void collapsesAndTrimsWhitespace() {
        assertThat(NameSearch.normalize("  Anna \t  Maria\u00a0\u00a0Svensson \n")).isEqualTo("anna maria svensson");
    }

    @Test
    void normalizesMissingNameToEmpty() {
        assertThat(NameSearch.normalize(null)).isEmpty();
        assertThat(NameSearch.normalize("   ")).isEmpty();
    }

    @Test
    void splitsQueryIntoNormalizedTokensOnWhitespaceAndHyphens() {
        assertThat(NameSearch.tokens(" Anna-Karin  Östlund ")).containsExactly("anna", "karin", "ostlund");
    }

    @Test
    void splitsOnOtherDashesToo() {
        assertThat(NameSearch.tokens("Anna\u2013Karin")).containsExactly("anna", "karin");
    }

    @Test
    void dropsEmptyTokens() {
        assertThat(NameSearch.tokens(" - -- ")).isEmpty();
        assertThat(NameSearch.tokens("-Åberg-")).containsExactly("aberg");
        assertThat(NameSearch.tokens(null)).isEmpty();
    }

    @Test
    void keepsAtMostFiveTokens() {
        assertThat(NameSearch.tokens("a b c d e f g")).containsExactly("a", "b", "c", "d", "e");
    }
}
