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
@Tag(name = "SIP", description = "Samordnad individuell plan (SIP) och intern SIP: erbjuden, accepterad eller avböjd, "
        + "hållen med personens behov och mål och vem som gör vad, uppföljd")
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
    @Operation(summary = "Erbjud en SIP eller intern SIP",
            description = "kind är SIP eller INTERN_SIP. Deltagare är enheter ({unitId}) eller externa aktörer "
                    + "({actorKind, actorName}); en intern SIP har bara enheter. En intern SIP erbjuds unga vuxna 18–21 år "
                    + "som är aktuella på vuxenenheten eller ekonomiskt bistånd, annars 400 som nämner kind. matterId "
                    + "knyter planen till ett ärende (dess enhet samordnar); utan ärende samordnar unitId, en av dina "
                    + "enheter. offeredOn är i dag om det utelämnas.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"kind": "SIP", "personId": "0b6f4c1e-8a2d-4d7e-9c3b-5f1a2e3d4c5b", "matterId": null,
             "unitId": "7c2e9a41-3b5d-4f6e-8a1c-2d3e4f5a6b7c", "offeredOn": "2026-12-03",
             "participants": [{"unitId": "7c2e9a41-3b5d-4f6e-8a1c-2d3e4f5a6b7c"},
                              {"actorKind": "CHILD_PSYCHIATRY", "actorName": "BUP Söder"}]}""")))
    ResponseEntity<SipJson> offer(@RequestBody SipInput.SipOffer offer) {
        Sip offered = sips.offer(offer);
        return ResponseEntity.created(URI.create("/api/v1/sips/" + offered.id())).body(SipJson.of(offered));
    }

    @GetMapping("/api/v1/sips/{id}")
    @Operation(summary = "Hämta en plan med deltagare, personens behov och mål, vem som gör vad och uppföljningen")
    SipJson get(@PathVariable UUID id) {
        return SipJson.of(sips.get(id));
    }

    @GetMapping("/api/v1/persons/{id}/sips")
    @Operation(summary = "Personens planer som du får läsa, senast erbjudna först")
    List<SipJson> forPerson(@PathVariable UUID id) {
        return sips.forPerson(id).stream().map(SipJson::of).toList();
    }

    @PostMapping("/api/v1/sips/{id}/accept")
    @Operation(summary = "Personen tackar ja till planen; date är i dag om det utelämnas")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2026-12-04"}""")))
    SipJson accept(@PathVariable UUID id, @RequestBody SipInput.SipAnswer answer) {
        return SipJson.of(sips.answer(id, SipStep.ACCEPT, answer));
    }

    @PostMapping("/api/v1/sips/{id}/decline")
    @Operation(summary = "Personen tackar nej till planen, med skäl om hen vill ge ett")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2026-12-04", "reason": "Vill vänta tills skolan har börjat."}""")))
    SipJson decline(@PathVariable UUID id, @RequestBody SipInput.SipAnswer answer) {
        return SipJson.of(sips.answer(id, SipStep.DECLINE, answer));
    }

    @PostMapping("/api/v1/sips/{id}/hold")
    @Operation(summary = "Planen hålls: behov och mål med personens egna ord, vem som gör vad till när, uppföljningsdag",
            description = "participants lägger till dem som kom till mötet utöver de inbjudna.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-10", "needs": "Jag behöver hjälp att komma upp på morgonen och ett eget boende.",
             "goals": "Jag vill klara gymnasiet och bo själv innan sommaren.",
             "actions": [{"who": "Ekonomiskt bistånd", "what": "Beslut om hyresgaranti", "byWhen": "2027-01-15"},
                         {"who": "Vuxenenheten – beroende", "what": "Samtal varje vecka", "byWhen": "2027-02-28"}],
             "followUpOn": "2027-03-01", "participants": []}""")))
    SipJson hold(@PathVariable UUID id, @RequestBody SipInput.SipHold hold) {
        return SipJson.of(sips.hold(id, hold));
    }

    @PostMapping("/api/v1/sips/{id}/follow-up")
    @Operation(summary = "Planen följs upp: när och vad det ledde till")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2027-03-01", "outcome": "Hyresgarantin är beviljad; samtalen fortsätter."}""")))
    SipJson followUp(@PathVariable UUID id, @RequestBody SipInput.SipFollowUp followUp) {
        return SipJson.of(sips.followUp(id, followUp));
    }
}
