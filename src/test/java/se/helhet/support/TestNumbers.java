package se.helhet.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity numbers for tests, only from Skatteverket's list of test numbers (a made-up valid number may
 * belong to a real person). Born 1935-1937: the demo data (parents born after 1960, children after 2008)
 * never uses them, so a test can register them. Each call hands out a different one.
 */
public final class TestNumbers {

    private static final List<String> NUMBERS = load();
    private static final AtomicInteger next = new AtomicInteger();

    private TestNumbers() {
    }

    /** A personnummer in 12-digit form that nobody has registered. */
    public static String unused() {
        return NUMBERS.get(next.getAndIncrement());
    }

    private static List<String> load() {
        try (InputStream in = TestNumbers.class.getResourceAsStream("/demo/skatteverket-test-identity-numbers.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String personal = text.substring(text.indexOf("\"personalIdentityNumbers\""), text.indexOf("\"coordinationNumbers\""));
            List<String> result = new ArrayList<>();
            Matcher m = Pattern.compile("\"(193[5-7][0-9]{8})\"").matcher(personal);
            while (m.find()) {
                result.add(m.group(1));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
