package se.helhet.outcome;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school term as schools write it: HT (autumn) or VT (spring) and the year, "HT2026". */
record Term(String code) {

    private static final Pattern FORM = Pattern.compile("(HT|VT) ?([0-9]{4})");

    Term {
        if (code == null || !code.matches("(HT|VT)[0-9]{4}")) {
            throw new IllegalArgumentException("Not a term: " + code);
        }
    }

    /** Accepts "ht 2026" as well as "HT2026"; empty when the text is no term. */
    static Optional<Term> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        return m.matches() ? Optional.of(new Term(m.group(1) + m.group(2))) : Optional.empty();
    }

    /** The term running on the day; in the summer break the spring term that just ended. */
    static Term of(LocalDate day) {
        return new Term((day.getMonthValue() >= 8 ? "HT" : "VT") + day.getYear());
    }

    int year() {
        return Integer.parseInt(code.substring(2));
    }
}
