package se.helhet.consent;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
@Tag(name = "Consents", description = "Consent to share information: whose, given by whom, to whom, for what, "
        + "for how long, how it was given, and its withdrawal")
class ConsentApi {

    /** Ids, kinds and dates as text, so that a wrong one is named by its field. */
    record ConsentRequest(String subjectId, List<String> givenBy, List<RecipientRequest> recipients,
                          List<String> scopes, String validFrom, String validTo, String form) {

        ConsentInput input() {
            return new ConsentInput(subjectId, givenBy, recipients == null ? null : recipients.stream()
                    .map(r -> r == null ? null
                            : new ConsentInput.RecipientInput(r.unitId(), r.actorKind(), r.actorName()))
                    .toList(), scopes, validFrom, validTo, form);
        }
    }

    record RecipientRequest(String unitId, String actorKind, String actorName) {
    }

    record WithdrawalRequest(String date, String reason, Integer version) {
    }

    record RecipientJson(UUID unitId, String unitName, ActorKind actorKind, String actorName) {
    }

    record WithdrawalJson(LocalDate date, String reason, String recordedBy, Instant recordedAt) {
    }

    /**
     * {@code state} today: IN_FORCE, NOT_YET_VALID, EXPIRED or WITHDRAWN. {@code notedGuardians} only on a consent
     * noted before consents named their givers (then {@code givenBy} is empty and {@code form} null).
     */
    record ConsentJson(UUID id, UUID subjectId, List<UUID> givenBy, String notedGuardians,
                       List<RecipientJson> recipients, Set<ConsentScope> scopes, LocalDate validFrom,
                       LocalDate validTo, ConsentForm form, Consent.State state, WithdrawalJson withdrawal,
                       String recordedBy, Instant recordedAt, int version) {

        static ConsentJson of(Consent c, LocalDate today) {
            Withdrawal w = c.withdrawal();
            return new ConsentJson(c.id(), c.subjectId(), c.givenBy(), c.notedGuardians(),
                    c.recipients().stream().map(r -> new RecipientJson(r.unitId(), r.unitName(), r.actorKind(),
                            r.actorName())).toList(), c.scopes(), c.validFrom(), c.validTo(), c.form(),
                    c.stateOn(today), w == null ? null : new WithdrawalJson(w.on(), w.reason(), w.recordedBy(),
                            w.recordedAt()), c.recordedBy(), c.recordedAt(), c.version());
        }
    }

    private final Consents consents;

    ConsentApi(Consents consents) {
        this.consents = consents;
    }

    @PostMapping("/api/v1/consents")
    @Operation(summary = "Record a consent",
            description = "givenBy: the persons' ids. For a child the guardians give consent, both when two are "
                    + "registered (otherwise 400 naming givenBy and who is missing); the young person's own consent "
                    + "from 15 is recorded beside theirs. An adult consents for themself. recipients: {unitId} for a "
                    + "unit of the administration, {actorKind, actorName} for another actor. scopes: "
                    + "SHARE_MATTER_CONTENT, CONTACT, SCHOOL_OUTCOMES, FORUM_CONSULTATION. An empty validFrom means "
                    + "today, an empty validTo that it holds until withdrawn. form: WRITTEN, ORAL or DIGITAL.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"subjectId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21",
             "givenBy": ["8d2e6a10-5c4b-4f0e-9b1a-2c3d4e5f6a7b", "9e3f7b21-6d5c-4a1f-8c2b-3d4e5f6a7b8c"],
             "recipients": [{"unitId": "0b7c21f4-1c2d-4e3f-8a9b-0c1d2e3f4a5b"},
                            {"actorKind": "SCHOOL", "actorName": "Ekdalsskolan"}],
             "scopes": ["SHARE_MATTER_CONTENT", "CONTACT"], "validFrom": "2026-12-01", "validTo": "2027-11-30",
             "form": "WRITTEN"}""")))
    ResponseEntity<ConsentJson> record(@RequestBody ConsentRequest request) {
        Consent consent = consents.record(request.input());
        return ResponseEntity.created(URI.create("/api/v1/consents/" + consent.id()))
                .body(ConsentJson.of(consent, consents.today()));
    }

    @GetMapping("/api/v1/consents/{id}")
    @Operation(summary = "Read a consent")
    ConsentJson get(@PathVariable UUID id) {
        return ConsentJson.of(consents.get(id), consents.today());
    }

    @PostMapping("/api/v1/consents/{id}/withdrawal")
    @Operation(summary = "Withdraw a consent: it no longer holds, from now on",
            description = "date: the day the person withdrew it, empty means today, never in the future; "
                    + "reason is required. version is the one you read (otherwise 409), optional. A withdrawn consent "
                    + "stays on record with its withdrawal.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2026-12-04", "reason": "The guardians no longer want the information shared"}""")))
    ConsentJson withdraw(@PathVariable UUID id, @RequestBody(required = false) WithdrawalRequest r) {
        return ConsentJson.of(consents.withdraw(id, r == null ? null : r.date(), r == null ? null : r.reason(),
                r == null ? null : r.version()), consents.today());
    }

    @GetMapping("/api/v1/persons/{id}/consents")
    @Operation(summary = "The person's consents, in force, withdrawn and expired, the latest valid first")

    List<ConsentJson> forPerson(@PathVariable UUID id) {
        LocalDate today = consents.today();
        return consents.forPerson(id).stream().map(c -> ConsentJson.of(c, today)).toList();
    }
}
