package se.helhet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
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

    /** Fields of each row; the demo's values contain no quotes or commas except the quoted roles array. */
    List<String[]> rows(Table table) {
        return all(table).lines()
                .map(line -> Arrays.stream(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                        .map(field -> field.startsWith("\"") ? field.substring(1, field.length() - 1) : field)
                        .toArray(String[]::new))
                .toList();
    }
}
