package se.helhet.forum;

import java.util.regex.Pattern;

/**
 * Finds something in a text shaped like a personnummer or samordningsnummer: ten or twelve digits with or
 * without the separator, whose date part could be a birth date (a samordningsnummer's day is the day + 60,
 * 60 when the day is unknown, and its month may be 00). The check digit is not asked for: a number typed
 * wrong still points at a person.
 */
final class IdentityNumberShapes {

    private static final Pattern SHAPE = Pattern.compile("""
            (?<![0-9])(?:19|20)?[0-9]{2}\
            (?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])|(?:0[0-9]|1[0-2])(?:6[0-9]|[78][0-9]|9[01]))\
            [-+ ]?[0-9]{4}(?![0-9])""");

    private IdentityNumberShapes() {
    }

    static boolean foundIn(String text) {
        return text != null && SHAPE.matcher(text).find();
    }
}
