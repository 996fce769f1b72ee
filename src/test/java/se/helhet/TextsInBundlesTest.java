package se.helhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.helhet.platform.UserTexts;

/**
 * Every text a person reads lives in the message bundles, in Swedish and in English: no Swedish text is written
 * in Java (outside the demo data — the demo module and a module's {@code *Demo*} classes — which is what a
 * worker would have typed, and log lines, which are for the
 * operator), every bundle has the same keys in both languages, and every key a page or the code names exists.
 */
class TextsInBundlesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Words that only Swedish has, so that a sentence without å, ä or ö is still found. */
    private static final Pattern SWEDISH_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(och|att|inte|eller|som|ska|har|av|till|ingen|inga|finns|saknas|ange|välj|skriv|dag"
                    + "|dagar|barn|barnet|barnets|ärende|ärendet|utredning|utredningen|insats|insatsen|beslut"
                    + "|beslutet|datum|ogiltig|ogiltigt|ogiltiga|måste|redan|nytt|nya|sidan|vid|efter|innan|sedan"
                    + "|mellan|högst|minst|tecken|kvar|den|det|detta|denna|vill|gäller|personen|enheten|nivå"
                    + "|skolan|skola|förälder|vecka|veckor|månad|månader|samtal|anteckning|avslutad|avslutat)"
                    + "(?![\\p{L}])");
    private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäöÅÄÖ]");
    private static final Pattern LOG_CALL = Pattern.compile("\\b(log|LOG|logger|LOGGER)\\s*\\.\\s*(trace|debug|info"
            + "|warn|error)\\s*\\(");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9][a-zA-Z0-9_\\-]*)+");

    /** One string literal of a Java source: where it is, its text, and the statement it stands in. */
    record Literal(Path file, int line, String text, String statement) {

        @Override
        public String toString() {
            return JAVA.relativize(file) + ":" + line + " \"" + text + "\"";
        }
    }

    @Test
    void noSwedishTextIsWrittenInJava() {
        List<Literal> swedish = javaFiles().filter(f -> !f.startsWith(JAVA.resolve("se/helhet/demo"))
                        && !f.getFileName().toString().contains("Demo"))
                .flatMap(f -> literals(f).stream())
                .filter(l -> isSwedish(l.text()) && !LOG_CALL.matcher(l.statement()).find())
                .toList();

        assertThat(swedish)
                .as("Swedish text in Java: give it a key in the module's messages-*.properties (and _en), name the"
                        + " key in the code and choose the text where it is shown (UserTexts, #{…}); %d left",
                        swedish.size())
                .isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInSwedishAndEnglish() {
        List<String> problems = new ArrayList<>();
        bundles().forEach(bundle -> {
            Set<String> swedish = keys(RESOURCES.resolve(bundle + ".properties"));
            Set<String> english = keys(RESOURCES.resolve(bundle + "_en.properties"));
            swedish.stream().filter(k -> !english.contains(k))
                    .forEach(k -> problems.add(bundle + "_en.properties lacks " + k));
            english.stream().filter(k -> !swedish.contains(k))
                    .forEach(k -> problems.add(bundle + ".properties lacks " + k));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() {
        Set<String> known = bundles().stream()
                .flatMap(b -> keys(RESOURCES.resolve(b + ".properties")).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> prefixes = known.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());

        List<String> missing = new ArrayList<>();
        files(TEMPLATES, ".html").forEach(template -> {
            Matcher key = TEMPLATE_KEY.matcher(read(template));
            while (key.find()) {
                if (!known.contains(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": #{" + key.group(1) + "}");
                }
            }
        });
        javaFiles().flatMap(f -> literals(f).stream())
                .filter(l -> KEY_LIKE.matcher(l.text()).matches() && !l.text().endsWith(".")
                        && prefixes.contains(l.text().substring(0, l.text().indexOf('.'))))
                .filter(l -> !known.contains(l.text()) && !isPrefixOfKeys(l.text(), known))
                .forEach(l -> missing.add(l.toString()));

        assertThat(missing).as("keys named but in no bundle").isEmpty();
        assertThat(UserTexts.has("problem.invalid.title")).isTrue();
    }

    /** A literal that starts a key built in code ({@code "investigation.area." + area}) names keys that exist. */
    private static boolean isPrefixOfKeys(String text, Set<String> known) {
        return known.stream().anyMatch(k -> k.startsWith(text + ".") || k.startsWith(text + "-"));
    }

    static boolean isSwedish(String text) {
        if (text.startsWith("/") || text.startsWith("redirect:") || text.startsWith("forward:")) {
            return false;
        }
        return SWEDISH_LETTER.matcher(text).find() || (text.contains(" ") && SWEDISH_WORD.matcher(text).find());
    }

    private static List<String> bundles() {
        return files(RESOURCES, ".properties")
                .filter(f -> f.getParent().equals(RESOURCES))
                .map(f -> f.getFileName().toString().replace(".properties", ""))
                .filter(name -> name.startsWith("messages") && !name.endsWith("_en"))
                .toList();
    }

    private static Set<String> keys(Path bundle) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(bundle + " is missing", e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** The string literals and text blocks of a source, comments left out, with the statement each stands in. */
    static List<Literal> literals(Path file) {
        String source = read(file);
        List<Literal> found = new ArrayList<>();
        int statementStart = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (c == '"' || c == '\'') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
                int end = i + quote.length();
                while (!source.startsWith(quote, end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    int statementEnd = nextStatementEnd(source, end);
                    found.add(new Literal(file, lineOf(source, i), source.substring(i + quote.length(), end),
                            source.substring(statementStart, statementEnd)));
                }
                i = end + quote.length();
            } else {
                if (c == ';' || c == '{' || c == '}') {
                    statementStart = i + 1;
                }
                i++;
            }
        }
        return found;
    }

    private static int nextStatementEnd(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == ';' || c == '{' || c == '}') {
                return i;
            }
        }
        return source.length();
    }

    private static int lineOf(String source, int index) {
        return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Stream<Path> javaFiles() {
        return files(JAVA, ".java");
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
