package se.helhet.outcome;

import java.util.Map;

/** Which form on the outcome tab came back refused, with what was typed in it and the message per field. */
record Refused(String form, Object typed, Map<String, String> errors) {

    static final Refused NONE = new Refused("", null, Map.of());
}
