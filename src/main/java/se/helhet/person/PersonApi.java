package se.helhet.person;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "The person register: register, read, search and see the family")
class PersonApi {

    record PersonRequest(String personalIdentityNumber, String givenName, String familyName, String birthDate,
                         Boolean protectedIdentity, String language, Boolean interpreterNeeded) {
    }

    record SearchResponse(List<PersonJson> persons, boolean limited) {
    }

    record FamilyMemberJson(PersonJson person, Set<FamilyMember.Role> roles) {
    }

    record RelationRequest(Relation type, UUID relatedPersonId, LocalDate from) {
    }

    record MoveRequest(String areaCode, LocalDate from) {
    }

    record AreaPeriodJson(String areaCode, String areaName, Area.Kind kind, LocalDate from) {
    }

    private final People people;

    PersonApi(People people) {
        this.people = people;
    }

    @PostMapping
    @Operation(summary = "Register a person",
            description = "With a personal identity number or coordination number (10 or 12 digits, with or without "
                    + "- or +), or without a number but with birthDate for a reserve number.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "With a personal identity number", value = """
                    {"personalIdentityNumber": "20150101-2395", "givenName": "Elsa", "familyName": "Berg"}"""),
            @ExampleObject(name = "With a reserve number", value = """
                    {"givenName": "Adam", "familyName": "Lind", "birthDate": "2025-03-14"}""")}))
    ResponseEntity<PersonJson> register(@RequestBody PersonRequest request) {
        var created = people.register(new NewPerson(request.personalIdentityNumber(), request.givenName(),
                request.familyName(), request.birthDate(), Boolean.TRUE.equals(request.protectedIdentity()),
                null, null, null, null, request.language(), Boolean.TRUE.equals(request.interpreterNeeded())));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + created.id())).body(PersonJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a person")
    PersonJson get(@PathVariable UUID id) {
        return PersonJson.of(people.get(id));
    }

    record SearchRequest(String q) {
    }

    @GetMapping
    @Operation(summary = "Search persons by personal identity number, reserve number or name (case and accent insensitive)",
            description = "When searching by personal identity number, prefer POST /api/v1/persons/search, so that the"
                    + " number does not end up in the address (and in logs and history).")
    SearchResponse search(@RequestParam("q") String query) {
        return found(query);
    }

    @PostMapping("/search")
    @Operation(summary = "Search persons with the query in the request body, so that no identity number ends up in the address")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"q": "20150312-2390"}""")))
    SearchResponse searchByPost(@RequestBody SearchRequest request) {
        return found(request.q());
    }

    private SearchResponse found(String query) {
        var result = people.search(query);
        if (result.problem() != null) {
            throw new InvalidInputException("q", result.problem());
        }
        return new SearchResponse(result.persons().stream().map(PersonJson::of).toList(), result.limited());
    }

    @PostMapping("/{id}/relations")
    @Operation(summary = "Register a relation: the person is type (GUARDIAN, PARENT, SIBLING, HOUSEHOLD) to relatedPersonId")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"type": "GUARDIAN", "relatedPersonId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "from": "2019-06-01"}""")))
    ResponseEntity<Void> relate(@PathVariable UUID id, @RequestBody RelationRequest request) {
        if (request.type() == null || request.relatedPersonId() == null) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("type", "person.problem.type.invalid"),
                    new FieldProblem("relatedPersonId", "person.problem.relatedPersonId.missing")));
        }
        people.relate(id, request.type(), request.relatedPersonId(), request.from());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/areas")
    @Operation(summary = "The person's areas over time, latest first")
    List<AreaPeriodJson> areas(@PathVariable UUID id) {
        return people.areaHistory(id).stream()
                .map(p -> new AreaPeriodJson(p.area().code(), p.area().name(), p.area().kind(), p.from()))
                .toList();
    }

    @PostMapping("/{id}/areas")
    @Operation(summary = "Record that the person lives in an area from a date")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"areaCode": "ekdalen", "from": "2024-08-15"}""")))
    ResponseEntity<Void> move(@PathVariable UUID id, @RequestBody MoveRequest request) {
        people.moveTo(id, request.areaCode(), request.from());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/family")
    @Operation(summary = "The person's family: everyone connected through relations, with what they are to the person",
            description = "A protected relative is shown to one without the right only with protectedIdentity true and "
                    + "the role, without id, name or number.")

    List<FamilyMemberJson> family(@PathVariable UUID id) {
        return people.family(id).stream()
                .map(m -> new FamilyMemberJson(m.details() == null ? PersonJson.HIDDEN : PersonJson.of(m.details()),
                        m.roles()))
                .toList();
    }
}
