package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.common.Level;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.UserTexts;

/**
 * The children of a report as the worker types them: one personnummer a line, each resolved to exactly one
 * registered person. Works without JavaScript; htmx only shows the same result while typing.
 */
@Component
class ChildLines {

    /** One earlier matter of the child, so the worker sees a child known before. */
    record History(LocalDate opened, LocalDate closed, Level level, String outcome) {
    }

    /** One typed line: the person it names with their history, or why it names no one. */
    record Line(int number, String text, Person person, List<History> history, String problem) {

        public boolean knownBefore() {
            return !history.isEmpty();
        }
    }

    private static final int DIGITS_IN_NUMBER = 10;

    private final People people;
    private final Matters matters;
    private final Clock clock;

    ChildLines(People people, Matters matters, Clock clock) {
        this.people = people;
        this.matters = matters;
        this.clock = clock;
    }

    List<Line> resolve(String typed) {
        List<Line> lines = new ArrayList<>();
        String[] rows = typed == null ? new String[0] : typed.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String text = rows[i].trim();
            if (!text.isEmpty()) {
                lines.add(resolve(i + 1, text));
            }
        }
        return lines;
    }

    /** "Rad 2: …; rad 3: …" for the field's single error message, or null when every line names a child. */
    static String problems(List<Line> lines) {
        List<String> problems = lines.stream().filter(l -> l.problem() != null)
                .map(l -> "rad " + l.number() + " (" + l.text() + "): " + l.problem()).toList();
        if (problems.isEmpty()) {
            return null;
        }
        String joined = String.join("; ", problems);
        return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }

    static List<UUID> childIds(List<Line> lines) {
        return lines.stream().filter(l -> l.person() != null).map(l -> l.person().id()).distinct().toList();
    }

    private Line resolve(int number, String text) {
        boolean reserve = ReserveNumber.looksLike(text);
        if (text.matches("[0-9+\\- ]+") && text.replaceAll("[^0-9]", "").length() < DIGITS_IN_NUMBER) {
            return problem(number, text, "intake.children.incomplete");
        }
        if (!reserve && !PersonalIdentityNumber.looksLikeIdentityNumber(text)) {
            return problem(number, text, "intake.children.not-a-number");
        }
        var found = people.search(text);
        if (found.problem() != null) {
            return problem(number, text, found.problem());
        }
        if (found.persons().size() != 1) {
            return problem(number, text, "intake.children.unknown");
        }
        Person person = found.persons().getFirst();
        List<History> history = matters.forPerson(person.id()).stream().filter(m -> m.kind().childAndYouth()).map(this::history).toList();
        return new Line(number, text, person, history, null);
    }

    private History history(Matter m) {
        return new History(LocalDate.ofInstant(m.openedAt(), clock.getZone()), m.closedOn(), m.level(), m.closingReason());
    }

    /** The line's problem in the page's language: a key of the bundles, or the person search's own text. */
    private static Line problem(int number, String text, String problem) {
        return new Line(number, text, null, List.of(), UserTexts.text(problem));
    }
}
