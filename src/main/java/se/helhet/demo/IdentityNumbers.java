package se.helhet.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.helhet.common.InvalidIdentityNumberException;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;

/**
 * Hands out identity numbers from Skatteverket's published test lists only: a generated number that merely
 * looks valid may belong to a real person. When the list has nothing left for the wanted birth year (always
 * so after 2023) the person gets a local reserve number instead, numbered like reserve_number_seq would.
 */
final class IdentityNumbers {

    private static final String RESOURCE = "/demo/skatteverket-test-identity-numbers.json";
    private static final Pattern NUMBER = Pattern.compile("\"([0-9]{12})\"");
    private static final int COORDINATION_YEARS_BEFORE = 3;

    private final NumberPool personal = new NumberPool();
    private final NumberPool coordination = new NumberPool();
    private long reserveSequence;

    IdentityNumbers(List<String> personalNumbers, List<String> coordinationNumbers) {
        // The published list names a couple of numbers twice; each may be handed out once only.
        new LinkedHashSet<>(personalNumbers).forEach(n -> addValid(personal, n, false));
        new LinkedHashSet<>(coordinationNumbers).forEach(n -> addValid(coordination, n, true));
    }

    static IdentityNumbers fromTestList() {
        try (InputStream in = IdentityNumbers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Saknar " + RESOURCE);
            }
            String json = new String(in.readAllBytes(), UTF_8);
            int coordinationStart = json.indexOf("\"coordinationNumbers\"");
            int personalStart = json.indexOf("\"personalIdentityNumbers\"");
            return new IdentityNumbers(numbersIn(json, personalStart), numbersIn(json, coordinationStart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A personnummer born in the wanted year, as near the wanted date as the list allows, or a reserve number. */
    Identity personalOrReserve(LocalDate wanted) {
        LocalDate yearStart = wanted.withDayOfYear(1);
        NumberPool.Taken taken = personal.take(wanted, yearStart, yearStart.plusYears(1).minusDays(1));
        if (taken == null) {
            ReserveNumber reserve = ReserveNumber.of(wanted, ++reserveSequence);
            return new Identity(null, false, reserve.value(), wanted);
        }
        return new Identity(taken.number(), false, null, taken.birthDate());
    }

    /**
     * A samordningsnummer born up to a few years before the wanted date (the list has only some 15 a year;
     * never later, so a parent does not become younger than planned), else as {@link #personalOrReserve}.
     */
    Identity coordinationOrOther(LocalDate wanted) {
        NumberPool.Taken taken = coordination.take(wanted, wanted.minusYears(COORDINATION_YEARS_BEFORE), wanted);
        if (taken == null) {
            return personalOrReserve(wanted);
        }
        return new Identity(taken.number(), true, null, taken.birthDate());
    }

    /** The last reserve sequence number used, 0 if none. */
    long lastReserveSequence() {
        return reserveSequence;
    }

    private static List<String> numbersIn(String json, int sectionStart) {
        if (sectionStart < 0) {
            throw new IllegalStateException("Testnummerlistan saknar en av sina delar");
        }
        int sectionEnd = json.indexOf(']', sectionStart);
        Matcher m = NUMBER.matcher(json).region(sectionStart, sectionEnd);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /**
     * Only numbers Helhet itself accepts: the list also has samordningsnummer with day 60 or impossible dates,
     * which Helhet registers with a reserve number instead (see PersonalIdentityNumber).
     */
    private static void addValid(NumberPool pool, String number, boolean coordinationNumber) {
        try {
            var valid = new PersonalIdentityNumber(number);
            if (valid.isCoordinationNumber() == coordinationNumber) {
                pool.add(valid.birthDate(), number);
            }
        } catch (InvalidIdentityNumberException e) {
            // Skipped on purpose, see above.
        }
    }
}
