package se.helhet.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A local identity for a person without a known personnummer or samordningsnummer. The letter R keeps it
 * from ever being mistaken for (or validated as) a real personnummer.
 */
public record ReserveNumber(String value) {

    private static final Pattern FORM = Pattern.compile("^[0-9]{8}-R[0-9]{4,9}$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public ReserveNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A reserve number has the form YYYYMMDD-RNNNN");
        }
    }

    /** Whether typed text is a reserve number (in any letter case), for search fields that take several kinds. */
    public static boolean looksLike(String text) {
        return text != null && FORM.matcher(text.trim().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    public static ReserveNumber of(LocalDate birthDate, long sequence) {
        return new ReserveNumber(birthDate.format(DATE) + "-R" + String.format("%04d", sequence));
    }

    @Override
    public String toString() {
        return "ReserveNumber[****]";
    }
}
