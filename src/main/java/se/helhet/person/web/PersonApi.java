package se.helhet.person.web;

import java.net.URI;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.person.FamilyMember;
import se.helhet.person.NewPerson;
import se.helhet.person.People;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Personer", description = "Personregistret: registrera, hämta, söka och se familjen")
class PersonApi {

    record PersonRequest(String personalIdentityNumber, String givenName, String familyName, String birthDate,
                         Boolean protectedIdentity, String language, Boolean interpreterNeeded) {
    }

    record SearchResponse(List<PersonJson> persons, boolean limited) {
    }

    record FamilyMemberJson(PersonJson person, Set<FamilyMember.Role> roles) {
    }

    private final People people;

    PersonApi(People people) {
        this.people = people;
    }

    @PostMapping
    @Operation(summary = "Registrera en person",
            description = "Med personnummer eller samordningsnummer (10 eller 12 siffror, med eller utan - eller +), "
                    + "eller utan nummer men med birthDate för ett reservnummer.")
    ResponseEntity<PersonJson> register(@RequestBody PersonRequest request) {
        var created = people.register(new NewPerson(request.personalIdentityNumber(), request.givenName(),
                request.familyName(), request.birthDate(), Boolean.TRUE.equals(request.protectedIdentity()),
                null, null, null, null, request.language(), Boolean.TRUE.equals(request.interpreterNeeded())));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + created.id())).body(PersonJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hämta en person")
    PersonJson get(@PathVariable UUID id) {
        return PersonJson.of(people.get(id));
    }

    @GetMapping
    @Operation(summary = "Sök personer på personnummer, reservnummer eller namn (skiftläges- och accentokänsligt)")
    SearchResponse search(@RequestParam("q") String query) {
        var result = people.search(query);
        if (result.problem() != null) {
            throw new se.helhet.platform.InvalidInputException("q", result.problem());
        }
        return new SearchResponse(result.persons().stream().map(PersonJson::of).toList(), result.limited());
    }

    @GetMapping("/{id}/family")
    @Operation(summary = "Personens familj: alla som är förbundna genom relationer, med vad de är för personen")
    List<FamilyMemberJson> family(@PathVariable UUID id) {
        return people.family(id).stream()
                .map(m -> new FamilyMemberJson(PersonJson.of(m.person()), m.roles()))
                .toList();
    }
}
