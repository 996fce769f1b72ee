package se.helhet.investigation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

/** The investigator's proposed decision over the API: written, kept, and submitted to the one who decides. */
@RestController
@Tag(name = "Investigation", description = "Investigation, extension, communication to the family and decision")
class ProposalApi {

    record ProposalJson(UUID investigationId, DecisionOutcome outcome, String interventionCode, String reasons,
                        UUID proposedById, String proposedBy, Instant savedAt, Instant submittedAt, boolean submitted,
                        int version) {

        static ProposalJson of(Proposal p) {
            return new ProposalJson(p.investigationId(), p.outcome(), p.interventionCode(), p.reasons(),
                    p.proposedById(), p.proposedBy(), p.savedAt(), p.submittedAt(), p.submitted(), p.version());
        }
    }

    record ProposalRequest(String outcome, String interventionCode, String reasons, Integer version) {
    }

    record SubmissionRequest(Integer version) {
    }

    private final Proposals proposals;

    ProposalApi(Proposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/api/v1/investigations/{id}/proposal")
    @Operation(summary = "The investigator's proposed decision, as a draft or submitted for decision")
    ProposalJson get(@PathVariable UUID id) {
        return ProposalJson.of(proposals.of(id)
                .orElseThrow(() -> new NotFoundException("investigation.proposal.not-found")));
    }

    @PutMapping("/api/v1/investigations/{id}/proposal")
    @Operation(summary = "Write the proposed decision (the investigator); version is the one you read, left out for a new proposal")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"outcome": "GRANTED", "interventionCode": "FAMILY_TREATMENT",
             "reasons": "The family needs support in everyday life and wants it.", "version": 0}""")))
    ProposalJson save(@PathVariable UUID id, @RequestBody ProposalRequest r) {
        return ProposalJson.of(proposals.save(id, r.version(),
                new ProposalInput(r.outcome(), r.interventionCode(), r.reasons())));
    }

    @PostMapping("/api/v1/investigations/{id}/proposal/submission")
    @Operation(summary = "Submit the proposed decision to the one with delegation (the investigator)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"version": 1}""")))
    ProposalJson submit(@PathVariable UUID id, @RequestBody SubmissionRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "investigation.problem.version.missing");
        }
        return ProposalJson.of(proposals.submit(id, r.version()));
    }
}
