package se.helhet.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A one-time code for one answer: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 50 bits, written "ABCDE-23456". Only its SHA-256 hash is stored; a code that random needs no salt.
 * Typed codes are read without regard to case, spaces or hyphens.
 */
record OneTimeCode(String value) {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final RandomGenerator RANDOM = new SecureRandom();

    static OneTimeCode random() {
        return from(RANDOM);
    }

    static OneTimeCode from(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new OneTimeCode(code.toString());
    }

    /** The hash of a code as someone typed it; null when it cannot be a code at all. */
    static String hashOfTyped(String typed) {
        if (typed == null) {
            return null;
        }
        String normal = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (normal.length() != LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String hash() {
        return hashOfTyped(value);
    }
}
