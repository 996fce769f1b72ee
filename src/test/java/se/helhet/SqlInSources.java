package se.helhet;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables that SQL text in the sources names: every string literal and text block of a class, comments left
 * out, read for a table's name after {@code from} or {@code join} (a read) and after {@code into},
 * {@code update}, {@code delete from}, {@code copy} or {@code truncate} (a write). Words that are not tables of
 * the migrations (a CTE, a column) are passed over.
 */
final class SqlInSources {

    /** One table named in one class's SQL; {@code className} is the top-level class of the source file. */
    record Use(String className, String module, String table, boolean writes) {
    }

    private static final String NAME = "\\s+([a-z_][a-z0-9_]*)";
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile("\\b(?:into|update|delete\\s+from|copy|truncate)" + NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE = Pattern.compile("\\bcreate\\s+table(?:\\s+if\\s+not\\s+exists)?" + NAME,
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DROP = Pattern.compile("\\bdrop\\s+table(?:\\s+if\\s+exists)?" + NAME,
            Pattern.CASE_INSENSITIVE);

    private SqlInSources() {
    }

    /** The tables the Flyway migrations create and do not drop again. */
    static Set<String> tables(Path migrations) {
        Set<String> tables = new TreeSet<>();
        files(migrations, ".sql").forEach(file -> names(CREATE, read(file)).forEach(tables::add));
        files(migrations, ".sql").forEach(file -> names(DROP, read(file)).forEach(tables::remove));
        return tables;
    }

    /** The top-level classes of the sources. */
    static List<String> classes(Path sources) {
        return files(sources, ".java").filter(f -> !f.endsWith("package-info.java")).map(f -> className(sources, f))
                .toList();
    }

    static List<Use> uses(Path sources, Set<String> tables) {
        List<Use> uses = new ArrayList<>();
        files(sources, ".java").filter(f -> !f.endsWith("package-info.java")).forEach(file -> {
            String className = className(sources, file);
            literals(read(file)).forEach(sql -> uses.addAll(uses(className, sql, tables)));
        });
        return uses;
    }

    static List<Use> uses(String className, String sql, Set<String> tables) {
        String module = className.split("\\.")[2];
        List<Use> uses = new ArrayList<>();
        names(READ, sql).filter(tables::contains).forEach(t -> uses.add(new Use(className, module, t, false)));
        names(WRITE, sql).filter(tables::contains).forEach(t -> uses.add(new Use(className, module, t, true)));
        return uses;
    }

    /** The string literals and text blocks of a Java source, as written (escapes not undone). */
    static List<String> literals(String source) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i) || source.charAt(i) == '"' || source.charAt(i) == '\'') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(source.charAt(i));
                int end = i + quote.length();
                while (!source.startsWith(quote, end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (!quote.equals("'")) {
                    found.add(source.substring(i + quote.length(), end));
                }
                i = end + quote.length();
            } else {
                i++;
            }
        }
        return found;
    }

    private static Stream<String> names(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(m -> m.group(1).toLowerCase(Locale.ROOT));
    }

    private static String className(Path sources, Path file) {
        String relative = sources.relativize(file).toString().replace(File.separatorChar, '.');
        return relative.substring(0, relative.length() - ".java".length());
    }

    private static Stream<Path> files(Path directory, String suffix) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
