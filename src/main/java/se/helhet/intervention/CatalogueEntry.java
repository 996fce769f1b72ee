package se.helhet.intervention;

import java.util.List;
import java.util.Set;

import se.helhet.common.Level;

/**
 * One kind of intervention the department offers. {@code needsAssessment} (biståndsbedömd) means it is given
 * only after a decision that granted it; the others are open interventions.
 */
record CatalogueEntry(String code, String name, Set<Level> levels, boolean needsAssessment) {

    public CatalogueEntry {
        levels = Set.copyOf(levels);
    }

    /** Blue to red, as the levels are listed to staff. */
    public List<Level> levelsInOrder() {
        return levels.stream().sorted().toList();
    }
}
