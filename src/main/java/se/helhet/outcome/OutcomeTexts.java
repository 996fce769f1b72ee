package se.helhet.outcome;

import java.time.Period;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Words for the messages the rules give, named by key and chosen in the language of the page that shows them. */
final class OutcomeTexts {

    private OutcomeTexts() {
    }

    /** "6 månader", "1 år", "1 år och 3 månader": an argument of a message, resolved with it. */
    static MessageSourceResolvable period(Period period) {
        Period p = period.normalized();
        List<Object> parts = Stream.of(part("outcome.period.years", p.getYears()),
                        part("outcome.period.months", p.getMonths()), part("outcome.period.days", p.getDays()))
                .filter(part -> part != null).map(Object.class::cast).toList();
        return switch (parts.size()) {
            case 0 -> part("outcome.period.days", 0);
            case 1 -> (MessageSourceResolvable) parts.getFirst();
            case 2 -> text("outcome.period.two", parts.toArray());
            default -> text("outcome.period.three", parts.toArray());
        };
    }

    private static MessageSourceResolvable part(String key, int count) {
        return count == 0 ? null : text(key, count);
    }

    private static MessageSourceResolvable text(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}
