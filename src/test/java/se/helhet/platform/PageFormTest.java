package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A posted form ends in a redirect with its flash, its page again with each problem, or its conflict's answer. */
class PageFormTest {

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final AtomicReference<Map<String, String>> shownAgain = new AtomicReference<>();

    private String again(Map<String, String> errors) {
        shownAgain.set(errors);
        return "form";
    }

    @Test
    void redirectsWithTheFlashWhenTheActionIsDone() {
        String answer = PageForm.attempt(() -> 42)
                .submit(id -> PageForm.redirect(redirect, "Sparat.", "/saker/" + id), this::again);

        assertThat(answer).isEqualTo("redirect:/saker/42");
        assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("Sparat.");
        assertThat(shownAgain.get()).isNull();
    }

    @Test
    void givesAMessageOfTheBundleByItsKeyForThePageThatShowsIt() {
        String answer = PageForm.attempt(() -> 2)
                .submit(version -> PageForm.redirectSaying(redirect, "/nycklar", "audit.keyForm.saved", "Nyckel", version),
                        this::again);

        assertThat(answer).isEqualTo("redirect:/nycklar");
        assertThat(redirect.getFlashAttributes().get("flash")).isInstanceOfSatisfying(MessageSourceResolvable.class,
                message -> {
                    assertThat(message.getCodes()).containsExactly("audit.keyForm.saved");
                    assertThat(message.getArguments()).containsExactly("Nyckel", 2);
                });
    }

    @Test
    void showsThePageAgainWithTheFirstProblemOfEachFieldUnderItsNameOnThePage() {
        String answer = PageForm.attempt(() -> {
                    throw new InvalidInputException(List.of(new FieldProblem("reasoning", "Skriv en motivering"),
                            new FieldProblem("reasoning", "Högst 5 000 tecken"), new FieldProblem("level", "Välj nivå")));
                })
                .fieldsOnPage(field -> field.equals("reasoning") ? "protectionReasoning" : field)
                .submit(done -> "redirect:/", this::again);

        assertThat(answer).isEqualTo("form");
        assertThat(shownAgain.get()).containsExactly(Map.entry("protectionReasoning", "Skriv en motivering"),
                Map.entry("level", "Välj nivå"));
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void showsAConflictBesideItsFieldOrWhereThePagePutsIt() {
        Runnable stale = () -> {
            throw new ConflictException("Någon har ändrat ärendet");
        };

        assertThat(PageForm.attempt(stale).conflictBeside("date").submit(done -> "redirect:/", this::again))
                .isEqualTo("form");
        assertThat(shownAgain.get()).containsExactly(Map.entry("date", "Någon har ändrat ärendet"));
        assertThat(PageForm.attempt(stale).onConflict(problem -> PageForm.problem(redirect, problem, "/enkater/1"))
                .submit(done -> "redirect:/", this::again)).isEqualTo("redirect:/enkater/1");
        assertThat(redirect.getFlashAttributes().get("problem")).isEqualTo("Någon har ändrat ärendet");
    }

    @Test
    void leavesWhatThePageSaysNothingAboutToTheErrorPages() {
        Runnable stale = () -> {
            throw new ConflictException("Någon har ändrat ärendet");
        };
        Runnable refused = () -> {
            throw new InvalidInputException("version", "Ange version");
        };

        assertThatThrownBy(() -> PageForm.attempt(stale).submit(done -> "redirect:/", this::again))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PageForm.attempt(refused).submit(done -> "redirect:/"))
                .isInstanceOf(InvalidInputException.class);
    }
}
