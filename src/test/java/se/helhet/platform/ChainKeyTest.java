package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash chains' key comes from configuration, never from the database (ADR 8). */
class ChainKeyTest {

    @TempDir
    Path home;

    private HelhetProperties production() {
        return new HelhetProperties(HelhetProperties.Mode.PRODUCTION, home,
                new HelhetProperties.Database("jdbc:postgresql://db:5432/helhet", "helhet_app", "k7#Lq9!vRt2@zW", null, null),
                new HelhetProperties.Security(5, Duration.ofMinutes(1), Duration.ofHours(1)));
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> ChainKey.of("", production()))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("HELHET_CHAIN_KEY is not set");
        assertThat(home.resolve(ChainKey.FILE)).doesNotExist();
    }

    @Test
    void aKeyShorterThan32BytesOrNotBase64IsRefused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> ChainKey.of(short16, production())).isInstanceOf(UnsafeConfigurationException.class);
        assertThatThrownBy(() -> ChainKey.of("not base64 at all!", production()))
                .isInstanceOf(UnsafeConfigurationException.class);
    }

    @Test
    void theConfiguredKeyIsUsedAsItIs() {
        byte[] key = new byte[32];
        key[0] = 7;

        assertThat(ChainKey.of(Base64.getEncoder().encodeToString(key), production())).isEqualTo(key);
    }

    @Test
    void demoModeGeneratesAKeyBesideTheDataDirectoryReadableByItsOwnerOnlyAndKeepsIt() throws Exception {
        byte[] first = ChainKey.of(null, Homes.demo(home));
        byte[] again = ChainKey.of("", Homes.demo(home));

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(ChainKey.FILE))))
                .isEqualTo("rw-------");
        assertThat(ChainKey.of(null, Homes.demo(Files.createDirectory(home.resolve("other"))))).isNotEqualTo(first);
    }
}
