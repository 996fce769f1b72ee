package se.helhet.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The fields of a form as typed (a field may repeat, like checkboxes), and when they were saved. */
public record Draft(String formKey, Map<String, List<String>> fields, Instant savedAt) {

    public String value(String field) {
        List<String> values = fields.get(field);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public List<String> values(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
