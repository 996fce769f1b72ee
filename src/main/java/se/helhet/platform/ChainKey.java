package se.helhet.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key of the hash chains (ADR 8). It lives outside the database, so that whoever can change the database
 * still cannot write a link that verifies: in production it is {@code HELHET_CHAIN_KEY} and required; in demo
 * mode, unless set, a key generated on the first start and kept beside the data directory.
 */
final class ChainKey {

    static final String FILE = "chain.key";
    private static final int BYTES = 32;

    private ChainKey() {
    }

    static byte[] of(String configured, HelhetProperties properties) {
        if (configured != null && !configured.isBlank()) {
            return decoded(configured.trim());
        }
        if (!properties.demo()) {
            throw new UnsafeConfigurationException("HELHET_CHAIN_KEY is not set: the access log and signed case notes"
                    + " could be changed without trace.",
                    "Generate a key with `openssl rand -base64 32`, keep it outside the database and its backups,"
                            + " and set HELHET_CHAIN_KEY to it (docs/operations.md).");
        }
        return kept(properties.home().resolve(FILE));
    }

    private static byte[] decoded(String text) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length < BYTES) {
            throw new UnsafeConfigurationException("HELHET_CHAIN_KEY is not a base64 key of at least 32 bytes.",
                    "Generate one with `openssl rand -base64 32`.");
        }
        return key;
    }

    private static byte[] kept(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[BYTES];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Path partial = file.resolveSibling(FILE + ".new");
                Files.writeString(partial, Base64.getEncoder().encodeToString(key));
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                Files.move(partial, file);
            }
            return decoded(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or create the chain key " + file, e);
        }
    }
}
