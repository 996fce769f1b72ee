package se.helhet.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form posted to a page, redirect after POST: the action runs and the person is sent on with a flash
 * message; refused input shows the page again with what was typed and each problem beside its field. A
 * conflict (someone changed the matter meanwhile) shows beside one field, goes where the page puts it, or,
 * when the page says nothing about it, answers 409 like any other request.
 */
public final class PageForm<T> {

    private final Supplier<T> action;
    private UnaryOperator<String> pageField = UnaryOperator.identity();
    private String conflictField;
    private Function<String, String> conflictAnswer;

    private PageForm(Supplier<T> action) {
        this.action = action;
    }

    public static <T> PageForm<T> attempt(Supplier<T> action) {
        return new PageForm<>(action);
    }

    public static PageForm<Void> attempt(Runnable action) {
        return new PageForm<>(() -> {
            action.run();
            return null;
        });
    }

    /** Where several forms share a page, a field of the rules has another name (and id) on the page. */
    public PageForm<T> fieldsOnPage(UnaryOperator<String> pageField) {
        this.pageField = pageField;
        return this;
    }

    /** A conflict's message stands beside this field of the page, the form shown again as with refused input. */
    public PageForm<T> conflictBeside(String field) {
        this.conflictField = field;
        return this;
    }

    /** A conflict's message goes to this answer instead: another page, or a redirect with {@link #problem}. */
    public PageForm<T> onConflict(Function<String, String> answer) {
        this.conflictAnswer = answer;
        return this;
    }

    /**
     * Runs the action: its result goes to {@code done} (which answers with a redirect, usually through
     * {@link #redirect}); refused input goes to {@code again} with the first problem of each page field.
     */
    public String submit(Function<? super T, String> done, Function<Map<String, String>, String> again) {
        T result;
        try {
            result = action.get();
        } catch (InvalidInputException e) {
            if (again == null) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            e.byField().forEach((field, message) -> errors.put(pageField.apply(field), message));
            return again.apply(errors);
        } catch (ConflictException e) {
            if (conflictField != null) {
                return again.apply(Map.of(conflictField, e.userMessage()));
            }
            if (conflictAnswer != null) {
                return conflictAnswer.apply(e.userMessage());
            }
            throw e;
        }
        return done.apply(result);
    }

    /** Runs an action that has no form to show again (a button): refused input answers as on any page. */
    public String submit(Function<? super T, String> done) {
        return submit(done, null);
    }

    /** Redirect after POST with a message that the next page shows once. */
    public static String redirect(RedirectAttributes redirect, String flash, String path) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + path;
    }

    /** Redirect after POST with a message of the bundle, put into words by the page that shows it. */
    public static String redirectSaying(RedirectAttributes redirect, String path, String messageKey,
                                        Object... arguments) {
        redirect.addFlashAttribute("flash",
                new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.length == 0 ? null : arguments));
        return "redirect:" + path;
    }

    /** Redirect with a problem that the next page shows once, where no form is there to show it beside. */
    public static String problem(RedirectAttributes redirect, String problem, String path) {
        redirect.addFlashAttribute("problem", problem);
        return "redirect:" + path;
    }
}
