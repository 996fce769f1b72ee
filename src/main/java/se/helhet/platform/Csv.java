package se.helhet.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A CSV download as Swedish spreadsheets open it: UTF-8 with a byte order mark, semicolons, CRLF, every text
 * quoted, and a leading formula character defused so that a spreadsheet never runs a cell.
 */
public final class Csv implements AutoCloseable {

    /** What a spreadsheet may read as the start of a formula, also on a text that goes on over several lines. */
    private static final java.util.regex.Pattern FORMULA_START = java.util.regex.Pattern.compile("^[=+\\-@\\t\\r]");

    private final PrintWriter out;

    private Csv(PrintWriter out) {
        this.out = out;
    }

    /** Starts the download {@code fileName} with its header row. */
    public static Csv download(HttpServletResponse response, String fileName, String... header) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Csv csv = new Csv(new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8));
        csv.out.print('\uFEFF');
        csv.out.print(String.join(";", header) + "\r\n");
        return csv;
    }

    /**
     * One row; a null cell is empty, a whole number is written as it is, a decimal with a decimal comma (as
     * a Swedish spreadsheet reads it), anything else as quoted text.
     */
    public void row(Object... cells) {
        out.print(Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(";")) + "\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            return new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        String safe = FORMULA_START.matcher(text).find() ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        out.close();
    }
}
