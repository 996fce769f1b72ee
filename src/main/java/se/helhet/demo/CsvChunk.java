package se.helhet.demo;

import java.io.IOException;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rows of all tables for a bounded number of families. Flushing table by table in enum order lets one
 * connection run one COPY at a time while every row's foreign keys are already in place.
 */
final class CsvChunk {

    private final Map<Table, StringBuilder> rows = new EnumMap<>(Table.class);

    void add(Table table, Object... values) {
        StringBuilder out = rows.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, values[i]);
        }
        out.append('\n');
    }

    void flushTo(DemoRows sink) throws IOException, SQLException {
        for (var entry : rows.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                sink.copy(entry.getKey(), entry.getValue().toString());
                entry.getValue().setLength(0);
            }
        }
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        // An empty string must be quoted, or COPY reads it as null.
        if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            out.append(text);
        }
    }
}
