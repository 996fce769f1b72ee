package se.helhet.investigation;

import java.time.LocalDate;
import java.util.UUID;

/** What a granted decision allows: the intervention from the catalogue, in the matter. */
public record GrantedIntervention(UUID decisionId, UUID matterId, String interventionCode, LocalDate decidedOn) {
}
