package se.helhet.worklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A matter's place in a worklist (its legal due date, 9999-12-31 for none, then its id): a page continues after
 * the last key it showed, so a list changing between two pages neither repeats nor skips a matter.
 */
record ListKey(LocalDate place, UUID matterId) {

    /** The key as a link carries it, e.g. {@code 2026-12-04_3f1c0f4e-…}; null for a missing or mangled one. */
    static ListKey parse(String text) {
        if (text == null || text.length() < 12 || text.charAt(10) != '_') {
            return null;
        }
        try {
            return new ListKey(LocalDate.parse(text.substring(0, 10)), UUID.fromString(text.substring(11)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return place + "_" + matterId;
    }
}
