package se.helhet.sip;

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
@Tag(name = "SIP", description = "Coordinated individual plan (SIP) and internal SIP: offered, accepted or declined, "
        + "held with the person's needs and goals and who does what, followed up")
class SipApi {

    record SipParticipantJson(UUID unitId, String unitName, ActorKind actorKind, String actorName) {
        static SipParticipantJson of(Participant p) {
            return new SipParticipantJson(p.unitId(), p.unitName(), p.actorKind(), p.actorName());
        }
    }

    record SipJson(UUID id, SipKind kind, UUID personId, UUID matterId, UUID unitId, String unitName, UUID coordinatorId,
                   String coordinatorName, SipState state, LocalDate offeredOn, LocalDate acceptedOn,
                   LocalDate declinedOn, String declinedReason, LocalDate heldOn, String needs, String goals,
                   List<SipAction> actions, LocalDate followUpOn, LocalDate followedUpOn, String followUpOutcome,
                   List<SipParticipantJson> participants, List<SipStep> nextSteps) {

        static SipJson of(Sip s) {
            Sip.Meeting m = s.meeting();
            Sip.FollowUp f = s.followUp();
            return new SipJson(s.id(), s.kind(), s.personId(), s.matterId(), s.unitId(), s.unitName(),
                    s.coordinatorId(), s.coordinatorName(), s.state(), s.offeredOn(), s.acceptedOn(), s.declinedOn(),
                    s.declinedReason(), m == null ? null : m.heldOn(), m == null ? null : m.needs(),
                    m == null ? null : m.goals(), m == null ? List.of() : m.actions(),
                    m == null ? null : m.followUpOn(), f == null ? null : f.on(), f == null ? null : f.outcome(),
                    s.everyone().stream().map(SipParticipantJson::of).toList(), s.state().nextSteps());
        }
    }

    private final Sips sips;

    SipApi(Sips sips) {
        this.sips = sips;
    }

    @PostMapping("/api/v1/sips")
    @Operation(summary = "Offer a SIP or an internal SIP",
            description = "kind is SIP or INTERN_SIP. Participants are units ({unitId}) or external actors "
                    + "({actorKind, actorName}); an internal SIP has units only. An internal SIP is offered to young adults "
                    + "aged 18–21 who are known to the adult unit or financial aid, otherwise 400 naming kind. matterId "
                    + "ties the plan to a matter (its unit coordinates); without a matter unitId, one of your units, "
                    + "coordinates. offeredOn is today when left out.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"kind": "SIP", "personId": "0b6f4c1e-8a2d-4d7e-9c3b-5f1a2e3d4c5b", "matterId": null,
             "unitId": "7c2e9a41-3b5d-4f6e-8a1c-2d3e4f5a6b7c", "offeredOn": "2026-12-03",
             "participants": [{"unitId": "7c2e9a41-3b5d-4f6e-8a1c-2d3e4f5a6b7c"},
                              {"actorKind": "CHILD_PSYCHIATRY", "actorName": "Child and adolescent psychiatry, South"}]}""")))
    ResponseEntity<SipJson> offer(@RequestBody SipInput.SipOffer offer) {
        Sip offered = sips.offer(offer);
        return ResponseEntity.created(URI.create("/api/v1/sips/" + offered.id())).body(SipJson.of(offered));
    }

    @GetMapping("/api/v1/sips/{id}")
    @Operation(summary = "Read a plan with its participants, the person's needs and goals, who does what and the follow-up")
    SipJson get(@PathVariable UUID id) {
        return SipJson.of(sips.get(id));
    }

    @GetMapping("/api/v1/persons/{id}/sips")
    @Operation(summary = "The person's plans you may read, latest offered first")
    List<SipJson> forPerson(@PathVariable UUID id) {
        return sips.forPerson(id).stream().map(SipJson::of).toList();
    }

    @PostMapping("/api/v1/sips/{id}/accept")
    @Operation(summary = "The person accepts the plan; date is today when left out")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2026-12-04"}""")))
    SipJson accept(@PathVariable UUID id, @RequestBody SipInput.SipAnswer answer) {
        return SipJson.of(sips.answer(id, SipStep.ACCEPT, answer));
    }

    @PostMapping("/api/v1/sips/{id}/decline")
    @Operation(summary = "The person declines the plan, with a reason if they wish to give one")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2026-12-04", "reason": "Wants to wait until school has started."}""")))
    SipJson decline(@PathVariable UUID id, @RequestBody SipInput.SipAnswer answer) {
        return SipJson.of(sips.answer(id, SipStep.DECLINE, answer));
    }

    @PostMapping("/api/v1/sips/{id}/hold")
    @Operation(summary = "The plan is held: needs and goals in the person's own words, who does what by when, follow-up day",
            description = "participants adds those who came to the meeting besides the invited.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-10", "needs": "I need help getting up in the morning, and a home of my own.",
             "goals": "I want to finish upper secondary school and live on my own before the summer.",
             "actions": [{"who": "Financial aid", "what": "Decision on a rent guarantee", "byWhen": "2027-01-15"},
                         {"who": "Adult unit – addiction", "what": "A conversation every week", "byWhen": "2027-02-28"}],
             "followUpOn": "2027-03-01", "participants": []}""")))
    SipJson hold(@PathVariable UUID id, @RequestBody SipInput.SipHold hold) {
        return SipJson.of(sips.hold(id, hold));
    }

    @PostMapping("/api/v1/sips/{id}/follow-up")
    @Operation(summary = "The plan is followed up: when, and what it led to")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2027-03-01", "outcome": "The rent guarantee is granted; the conversations go on."}
""")))
    SipJson followUp(@PathVariable UUID id, @RequestBody SipInput.SipFollowUp followUp) {
        return SipJson.of(sips.followUp(id, followUp));
    }
}
