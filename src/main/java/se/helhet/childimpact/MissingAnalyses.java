package se.helhet.childimpact;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.helhet.matter.Matters;

/**
 * The flag: a decision in an adult matter taken without a joint analysis of each of the parent's children. It
 * asks for the analysis and never refuses the decision. Shown to readers of the matter, the read traced.
 */
@Service
class MissingAnalyses {

    private final FamilyChildren family;
    private final Matters matters;

    MissingAnalyses(FamilyChildren family, Matters matters) {
        this.family = family;
        this.matters = matters;
    }

    List<FamilyChildren.Missing> forMatter(UUID matterId) {
        matters.read(matterId, AdultDecisions.RECORD, null);
        return family.missing(List.of(matterId));
    }

    /** The flags in the family's matters that the reader may read. */
    List<FamilyChildren.Missing> forFamily(Collection<UUID> memberIds) {
        Set<UUID> readable = matters.readable(family.matterIdsOf(memberIds));
        List<FamilyChildren.Missing> missing = family.missing(readable);
        missing.stream().map(FamilyChildren.Missing::matterId).distinct()
                .forEach(m -> matters.read(m, AdultDecisions.RECORD, null));
        return missing;
    }
}
