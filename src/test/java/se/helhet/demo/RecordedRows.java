package se.helhet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Generated rows kept as text, table by table, so tests can read them like the database would. */
final class RecordedRows implements DemoRows {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final Clock DEMO_DAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(SWEDEN).toInstant(),
            SWEDEN);

    final Map<Table, StringBuilder> text = new EnumMap<>(Table.class);
    DemoData.Counts counts;

    static RecordedRows generate(long seed, long children) {
        var rows = new RecordedRows();
        try {
            rows.counts = new DemoData(seed, children, DEMO_DAY).write("{noop}demo", rows);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Override
    public void copy(Table table, String csv) {
        text.computeIfAbsent(table, t -> new StringBuilder()).append(csv);
    }

    String all(Table table) {
        return text.getOrDefault(table, new StringBuilder()).toString();
    }

    /** Fields of each row, read as PostgreSQL reads CSV: quoted fields may hold commas, quotes and newlines. */
    List<String[]> rows(Table table) {
        String csv = all(table);
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    rows.add(fields.toArray(String[]::new));
                    fields.clear();
                }
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
