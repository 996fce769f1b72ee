package se.helhet.referral;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.ActorKind;

@RestController
@Tag(name = "Referrals", description = "Referring the child and family to other actors, and following up that the"
        + " help came")
class ReferralApi {

    record FollowUpJson(LocalDate followedUpOn, boolean helpReceived, LocalDate helpReceivedOn, String note,
                        String by) {
        static FollowUpJson of(Referral.FollowUp f) {
            return new FollowUpJson(f.followedUpOn(), f.helpReceived(), f.helpReceivedOn(), f.note(), f.by());
        }
    }

    /** {@code helpReceived} is the latest follow-up's answer, null before the first. */
    record ReferralJson(UUID id, UUID matterId, UUID reportId, ActorKind actorKind, String actorName, String purpose,
                        LocalDate referredOn, String referredBy, Boolean helpReceived, List<FollowUpJson> followUps) {
        static ReferralJson of(Referral r) {
            return new ReferralJson(r.id(), r.matterId(), r.reportId(), r.actorKind(), r.actorName(), r.purpose(),
                    r.referredOn(), r.referredBy(), r.latest().map(Referral.FollowUp::helpReceived).orElse(null),
                    r.followUps().stream().map(FollowUpJson::of).toList());
        }
    }

    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/v1/matters/{matterId}/referrals")
    @Operation(summary = "Refer the child and family to another actor",
            description = "actorKind: SCHOOL, PRESCHOOL, CHILD_HEALTH_CENTRE, CHILD_PSYCHIATRY, ADULT_PSYCHIATRY, "
                    + "HEALTH_CARE, YOUTH_CLINIC, POLICE, CIVIL_SOCIETY or OTHER. referredOn is today when left out."
                    + " Also possible in a closed matter.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"actorKind": "CHILD_PSYCHIATRY", "actorName": "Child psychiatry West",
             "purpose": "Assessment of sleep problems and worry",
             "referredOn": "2026-12-03"}""")))
    ResponseEntity<ReferralJson> refer(@PathVariable UUID matterId, @RequestBody NewReferral r) {
        Referral referral = referrals.refer(matterId, r);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(ReferralJson.of(referral));
    }

    @GetMapping("/api/v1/matters/{matterId}/referrals")
    @Operation(summary = "The matter's referrals with their follow-ups, the latest first")
    List<ReferralJson> forMatter(@PathVariable UUID matterId) {
        return referrals.forMatter(matterId).stream().map(ReferralJson::of).toList();
    }

    @GetMapping("/api/v1/referrals/{id}")
    @Operation(summary = "One referral with its follow-ups")
    ReferralJson get(@PathVariable UUID id) {
        return ReferralJson.of(referrals.get(id));
    }

    @PostMapping("/api/v1/referrals/{id}/follow-up")
    @Operation(summary = "Follow up a referral: has the family received the help, and if so from which day",
            description = "followedUpOn is today when left out; helpReceivedOn only when helpReceived is true.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"followedUpOn": "2027-01-15", "helpReceived": true, "helpReceivedOn": "2027-01-08",
             "note": "The first visit to the child psychiatry clinic has taken place."}""")))
    ResponseEntity<ReferralJson> followUp(@PathVariable UUID id, @RequestBody FollowUpInput r) {
        return ResponseEntity.status(201).body(ReferralJson.of(referrals.followUp(id, r)));
    }
}
