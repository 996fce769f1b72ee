package se.helhet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every personnummer Helhet shows as an example (field hints, placeholders, messages) is one of Skatteverket's
 * published test numbers: a user who types the example must not be refused, and an example must never be a
 * number that can belong to a real person.
 */
class ExampleIdentityNumbersTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Path TEST_LIST = MAIN.resolve("resources/demo/skatteverket-test-identity-numbers.json");
    private static final Pattern EXAMPLE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{6})-([0-9]{4})(?![0-9])");

    @Test
    void everyExampleNumberIsAPublishedTestNumber() throws IOException {
        Set<String> published = Pattern.compile("\"([0-9]{12})\"").matcher(Files.readString(TEST_LIST)).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        List<String> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(ExampleIdentityNumbersTest::shownToUsers).toList()) {
                EXAMPLE.matcher(Files.readString(file)).results()
                        .forEach(m -> examples.add(MAIN.relativize(file) + ": " + m.group(1) + m.group(2)));
            }
        }

        assertThat(examples).as("examples found").isNotEmpty();
        assertThat(examples).as("examples that are not valid published test numbers")
                .filteredOn(example -> !valid(digits(example)) || !published.contains(digits(example)))
                .isEmpty();
    }

    private static String digits(String example) {
        return example.substring(example.lastIndexOf(' ') + 1);
    }

    private static boolean valid(String digits) {
        try {
            return new PersonalIdentityNumber(digits).value().equals(digits);
        } catch (InvalidIdentityNumberException e) {
            return false;
        }
    }

    private static boolean shownToUsers(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".properties") || name.endsWith(".html") || name.endsWith(".java");
    }
}
