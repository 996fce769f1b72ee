package se.helhet.intervention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.investigation.Decisions;
import se.helhet.investigation.GrantedIntervention;
import se.helhet.investigation.Investigation;
import se.helhet.investigation.Investigations;

/** What an offer needs to know from the investigation module: who investigated, and what a decision granted. */
@Component
class InvestigationFacts {

    record Granted(UUID matterId, String interventionCode, LocalDate decidedOn) {
    }

    private final Investigations investigations;
    private final Decisions decisions;

    InvestigationFacts(Investigations investigations, Decisions decisions) {
        this.investigations = investigations;
        this.decisions = decisions;
    }

    /**
     * The investigator of the matter's running investigation, or else of its latest one: the decision that
     * grants a needs-assessed intervention closes the investigation, yet its investigator still may not
     * give the intervention on red.
     */
    Optional<UUID> investigator(UUID matterId) {
        List<Investigation> all = investigations.forMatter(matterId);
        return all.stream().filter(Investigation::open).findFirst()
                .or(() -> all.stream().max(Comparator.comparing(Investigation::openedOn)))
                .map(Investigation::investigatorId);
    }

    Optional<Granted> granted(UUID decisionId) {
        return decisions.granted(decisionId).map((GrantedIntervention g) -> new Granted(g.matterId(),
                g.interventionCode(), g.decidedOn()));
    }
}
