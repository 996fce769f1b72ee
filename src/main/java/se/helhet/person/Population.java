package se.helhet.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Counts of children living in the district today, by area kind and age group: the denominators the
 * pilot is compared on. Numbers only, never a person, so analysts may see them.
 */
@Component
public class Population {

    public record Cell(Area.Kind areaKind, String ageGroup, long children) {
    }

    private final FamilyRepository families;
    private final Clock clock;

    Population(FamilyRepository families, Clock clock) {
        this.families = families;
        this.clock = clock;
    }

    public List<Cell> childrenToday() {
        LocalDate today = LocalDate.now(clock);
        return families.childrenOn(today);
    }
}
