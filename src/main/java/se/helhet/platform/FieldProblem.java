package se.helhet.platform;

/** One invalid input field: the JSON field (or form field) name and a Swedish message for the user. */
public record FieldProblem(String field, String message) {
}
