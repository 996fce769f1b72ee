package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@code ./helhet verify} prints and the exit status the shell gets. */
class VerifyCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void intactChainsPrintTheirCountsAndExitWithZero() {
        int status = VerifyCommand.print(new Chains.Report(List.of(new ChainResult("trace", 12, null),
                new ChainResult("case_note", 3, null))), out);

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("trace: ok, 12 rows", "case_note: ok, 3 rows",
                "The chains are intact");
    }

    @Test
    void aBrokenChainNamesItsRowAndExitsWithThree() {
        var broken = new ChainResult.Break("4711", 17L, ChainResult.Damage.DELETED, "the rows with link 16 before it are gone");

        int status = VerifyCommand.print(new Chains.Report(List.of(new ChainResult("trace", 15, broken),
                new ChainResult("case_note", 3, null))), out);

        assertThat(status).isEqualTo(VerifyCommand.BROKEN).isEqualTo(3);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("trace: BROKEN at row 4711 (link 17): deleted - the rows with link 16 before it are gone")
                .contains("A chain is broken");
    }

    @Test
    void onlyTheVerifyCommandIsHandled() {
        assertThat(VerifyCommand.handles(new String[] {"verify"})).isTrue();
        assertThat(VerifyCommand.handles(new String[] {"backup"})).isFalse();
        assertThat(VerifyCommand.handles(new String[0])).isFalse();
    }
}
