package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.helhet.support.Refused.problem;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import se.helhet.support.Refused;

/** Every reader gives the value or a problem for its field, and every problem is named in one refusal. */
class FieldProblemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private enum Kind { REPORT, APPLICATION }

    @Test
    void readsWhatWasTypedWithoutTheSpaceAroundIt() {
        FieldProblems problems = new FieldProblems();

        assertThat(problems.text("  Skolan  ", "school", 300)).isEqualTo("Skolan");
        assertThat(problems.text(" \t ", "school", 300)).isNull();
        assertThat(problems.required(" Mål ", "goals", "Beskriv målen", 5_000)).isEqualTo("Mål");
        assertThat(problems.oneOf(Kind.class, " APPLICATION ", "kind", "Välj typ")).isEqualTo(Kind.APPLICATION);
        assertThat(problems.optionalOneOf(Kind.class, "", "kind", "Välj typ")).isNull();
        assertThat(problems.number(" 12 ", "minutes", "Ange minuter", 0, 1440)).isEqualTo(12);
        assertThat(problems.number("", "minutes", "Ange minuter")).isNull();
        assertThat(problems.date("2026-11-02", "from")).isEqualTo(LocalDate.of(2026, Month.NOVEMBER, 2));
        assertThat(problems.happened("", "occurredOn", TODAY)).isEqualTo(TODAY);
        assertThat(problems.isEmpty()).isTrue();
        problems.refuseIfAny();
    }

    @Test
    void namesEveryWrongFieldAtOnceWithItsMessage() {
        FieldProblems problems = new FieldProblems();

        problems.required(" ", "goals", "Beskriv målen", 5_000);
        problems.text("x".repeat(20_001), "text", 20_000);
        problems.oneOf(Kind.class, null, "kind", "Välj typ");
        problems.oneOf(Kind.class, "LETTER", "channel", "Välj kanal");
        problems.number("tolv", "minutes", "Ange minuter", 0, 1440);
        problems.requiredNumber("1441", "minutesSpent", "Ange minuter 0–1440", 0, 1440);
        problems.requiredNumber(" ", "sampleSize", "Ange antal", 1, 500);
        problems.date("", "from");
        problems.date("1899-12-31", "to");
        problems.happened("2026-11-24", "occurredOn", TODAY);

        assertThat(problems.has("kind")).isTrue();
        assertThatThrownBy(problems::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(Refused.shown(e)).containsExactly(
                        problem("goals", "Beskriv målen"),
                        problem("text", "Högst 20 000 tecken"),
                        problem("kind", "Välj typ"),
                        problem("channel", "Välj kanal"),
                        problem("minutes", "Ange minuter"),
                        problem("minutesSpent", "Ange minuter 0–1440"),
                        problem("sampleSize", "Ange antal"),
                        problem("from", "Skriv datumet som ÅÅÅÅ-MM-DD"),
                        problem("to", "Välj ett datum mellan år 1900 och 2199"),
                        problem("occurredOn", "Datumet kan inte ligga i framtiden")));
    }

    @Test
    void aProblemIsShownInTheLanguageOfTheRequest() {
        FieldProblems problems = new FieldProblems();
        problems.text("x".repeat(5_001), "text", 5_000);
        problems.date("31/12/2026", "on");
        List<FieldProblem> named = problems.list();

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(named).extracting(FieldProblem::message)
                    .containsExactly("At most 5 000 characters", "Write the date as YYYY-MM-DD");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(named).extracting(FieldProblem::message)
                .containsExactly("Högst 5 000 tecken", "Skriv datumet som ÅÅÅÅ-MM-DD");
    }

    @Test
    void anIdIsReadOnceForEveryKindOfCaller() {
        String id = "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21";
        assertThat(FieldProblems.idOrNull(" " + id + " ")).isEqualTo(UUID.fromString(id));
        assertThat(FieldProblems.idOrNull("")).isNull();
        assertThat(FieldProblems.idOrNull("abc")).isNull();
        assertThat(FieldProblems.chosenId(id, "investigatorId", "Välj")).isEqualTo(UUID.fromString(id));
        assertThatThrownBy(() -> FieldProblems.chosenId(null, "investigatorId", "Välj en socialsekreterare"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("investigatorId", "Välj en socialsekreterare")));

        FieldProblems problems = new FieldProblems();
        assertThat(problems.requiredId(id, "childId", "Välj barnet")).isEqualTo(UUID.fromString(id));
        assertThat(problems.requiredId(" ", "childId", "Välj barnet")).isNull();
        assertThat(problems.requiredId("1234", "matterId", "Välj ärendet")).isNull();
        assertThat(problems.list()).containsExactly(new FieldProblem("childId", "Välj barnet"),
                new FieldProblem("matterId", "Välj ärendet"));
    }
}
