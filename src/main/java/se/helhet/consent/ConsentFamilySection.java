package se.helhet.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.person.FamilySection;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;

/**
 * The family view's consents in force: for each member the reader may read, what their consents in force cover
 * and to whom. A protected member is a row without name for a reader without the right, as in every list.
 */
@Component
class ConsentFamilySection implements FamilySection {

    /** A consent in force for one member of the family. */
    record InForce(UUID id, ListedPerson subject, List<ConsentScope> scopes, List<Recipient> recipients,
                   LocalDate validTo) {
    }

    private final ConsentRepository consents;
    private final People people;
    private final Consents service;

    ConsentFamilySection(ConsentRepository consents, People people, Consents service) {
        this.consents = consents;
        this.people = people;
        this.service = service;
    }

    @Override
    public String key() {
        return "consents";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "consent/family :: consents";
    }

    /** Null when the reader may read none of the family; each member read is traced as a read of their consents. */
    @Override
    public Object contentFor(FamilyContext family) {
        Map<UUID, ListedPerson> readable = people.listed(family.memberIds(), Consents.RECORD);
        if (readable.isEmpty()) {
            return null;
        }
        LocalDate today = service.today();
        return consents.forSubjects(List.copyOf(readable.keySet())).stream()
                .filter(c -> c.stateOn(today) == Consent.State.IN_FORCE)
                .map(c -> new InForce(c.id(), readable.get(c.subjectId()), List.copyOf(c.scopes()), c.recipients(),
                        c.validTo()))
                .toList();
    }
}
