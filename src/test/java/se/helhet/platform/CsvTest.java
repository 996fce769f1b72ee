package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class CsvTest {

    private static String written(Object... cells) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try (Csv csv = Csv.download(response, "test.csv", "a")) {
            csv.row(cells);
        }
        return response.getContentAsString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
    }

    @Test
    void textIsQuotedNumbersAreNotAndDecimalsHaveADecimalComma() throws Exception {
        assertThat(written("Ekdalen \"norr\"", 12L, 0.125, null, true)).isEqualTo("\"Ekdalen \"\"norr\"\"\";12;0,125;;true");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() throws Exception {
        assertThat(written("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(written("-1+1")).isEqualTo("\"'-1+1\"");
        assertThat(written("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(written("\tcmd")).startsWith("\"'\t");
        // A text over several lines is still one cell starting with a formula.
        assertThat(written("=1+1\nmer")).startsWith("\"'=1+1");
    }
}
