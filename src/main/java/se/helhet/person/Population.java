package se.helhet.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts of children living in the district today, by area kind and age group: the denominators the
 * pilot is compared on. Numbers only, never a person, so analysts may see them.
 *
 * <p>Counting reads every child's area, which at a city's scale takes seconds, so the day's counts are kept once
 * made: a new day (children grow a year older, a move dated today takes effect) counts again, and so does a move
 * registered here. Another Helhet on the same database counts a move registered there the next day; the figures
 * are denominators, where one child is no matter for a day.
 */
@Component
public class Population {

    public record Cell(Area.Kind areaKind, String ageGroup, long children) {
    }

    private record Counted(LocalDate day, List<Cell> cells) {
    }

    private final FamilyRepository families;
    private final Clock clock;
    private volatile Counted counted;

    Population(FamilyRepository families, Clock clock) {
        this.families = families;
        this.clock = clock;
    }

    public List<Cell> childrenToday() {
        LocalDate today = LocalDate.now(clock);
        Counted kept = counted;
        if (kept != null && kept.day().equals(today)) {
            return kept.cells();
        }
        // One count at a time: many start pages opened at once wait for the one count rather than each making it.
        synchronized (this) {
            kept = counted;
            if (kept == null || !kept.day().equals(today)) {
                kept = new Counted(today, families.childrenOn(today));
                counted = kept;
            }
            return kept.cells();
        }
    }

    /** A child's area changed: count again once the change is committed. */
    void areaChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counted = null;
                }
            });
        } else {
            counted = null;
        }
    }
}
