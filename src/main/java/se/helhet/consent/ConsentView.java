package se.helhet.consent;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.helhet.access.StaffDirectory;
import se.helhet.common.ActorKind;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.UserTexts;

/** What the consent pages show: the person's consents with their givers by name, and the forms with their choices. */
@Component
class ConsentView {

    /** A consent as a row of the list: its state today and its givers as the reader may see them. */
    record Row(Consent consent, Consent.State state, List<String> givers) {
    }

    /** Someone who may give the consent, offered as a checkbox: a guardian, or the person themself. */
    record Giver(UUID id, String name, boolean self) {
    }

    private final Consents consents;
    private final People people;
    private final StaffDirectory staff;

    ConsentView(Consents consents, People people, StaffDirectory staff) {
        this.consents = consents;
        this.people = people;
        this.staff = staff;
    }

    String list(UUID personId, ConsentPages.ConsentForm typed, Map<String, String> errors, Model model) {
        Person person = people.get(personId);
        List<Consent> found = consents.forPerson(personId);
        LocalDate today = consents.today();
        List<ListedPerson> guardians = consents.mayRecord() ? people.guardiansOf(personId, Consents.RECORD) : List.of();
        Set<UUID> giverIds = new LinkedHashSet<>();
        found.forEach(c -> giverIds.addAll(c.givenBy()));
        giverIds.remove(personId);
        Map<UUID, ListedPerson> names = people.listed(giverIds, Consents.RECORD);
        model.addAttribute("person", person);
        model.addAttribute("today", today);
        model.addAttribute("rows", found.stream().map(c -> new Row(c, c.stateOn(today), c.givenBy().stream()
                .map(id -> id.equals(personId) ? person.name()
                        : names.containsKey(id) ? names.get(id).name() : UserTexts.text("consent.guardian"))

                .toList())).toList());
        model.addAttribute("mayRecord", consents.mayRecord());
        model.addAttribute("givers", givers(person, guardians, today));
        model.addAttribute("units", staff.units());
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("form", typed != null ? typed : new ConsentPages.ConsentForm(
                guardians.stream().map(g -> g.id().toString()).toList(), List.of(), "", "", List.of(),
                today.toString(), today.plusYears(1).toString(), ""));
        model.addAttribute("errors", errors);
        return "consent/list";
    }

    String withdrawal(UUID personId, UUID consentId, ConsentPages.WithdrawalForm typed, Map<String, String> errors,
                      Model model) {
        Consent consent = consents.get(consentId);
        if (!consent.subjectId().equals(personId)) {
            throw new NotFoundException("consent.notFound");
        }
        model.addAttribute("person", people.get(personId));
        model.addAttribute("today", consents.today());
        model.addAttribute("consent", consent);
        model.addAttribute("mayRecord", consents.mayRecord());
        model.addAttribute("form", typed != null ? typed
                : new ConsentPages.WithdrawalForm(consents.today().toString(), "", consent.version()));
        model.addAttribute("errors", errors);
        return "consent/withdraw";
    }

    /** The guardians, and the person themself from 15 (beside the guardians) or as an adult (alone). */
    private static List<Giver> givers(Person person, List<ListedPerson> guardians, LocalDate today) {
        Stream<Giver> self = person.ageOn(today) >= ConsentRules.OWN_CONSENT_FROM
                ? Stream.of(new Giver(person.id(), person.name(), true)) : Stream.empty();
        return Stream.concat(guardians.stream().map(g -> new Giver(g.id(), g.name(), false)), self).toList();
    }
}
