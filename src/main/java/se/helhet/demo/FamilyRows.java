package se.helhet.demo;

import java.util.List;

import se.helhet.demo.Family.Home;
import se.helhet.demo.Family.Member;
import se.helhet.demo.Family.Parent;
import se.helhet.demo.Family.Registration;
import se.helhet.person.NameSearch;

/** Turns a family into rows of person, person_area, person_relation and person_unit. */
final class FamilyRows {

    private final CsvChunk chunk;

    FamilyRows(CsvChunk chunk) {
        this.chunk = chunk;
    }

    /**
     * The family, with its young adults (elder siblings of 18-21 living at home) and the registrations its matters
     * added, one per person and unit.
     */
    void write(Family family, List<Member> youngAdults, List<Registration> fromMatters) {
        family.parents().forEach(parent -> person(parent.member()));
        youngAdults.forEach(this::person);
        family.children().forEach(this::person);
        relations(family);
        for (Member youngAdult : youngAdults) {
            family.parents().forEach(parent -> relation(parent.member(), youngAdult, "PARENT"));
            family.children().forEach(child -> relation(youngAdult, child, "SIBLING"));
        }
        for (Registration registration : Registrations.merged(family.registrations(), fromMatters)) {
            chunk.add(Table.PERSON_UNIT, registration.personId(), registration.unitId(), registration.since());
        }
    }

    private void person(Member m) {
        Identity identity = m.identity();
        Home home = m.home();
        chunk.add(Table.PERSON, m.id(), identity.personalIdentityNumber(), identity.coordinationNumber(),
                identity.reserveNumber(), m.givenName(), m.familyName(),
                NameSearch.normalize(m.givenName() + " " + m.familyName()), identity.birthDate(),
                m.protectedIdentity(), home.address(), home.postalCode(), Organisation.CITY, m.phone(),
                m.language(), m.interpreterNeeded());
        for (Home.Period period : home.periodsFor(identity.birthDate())) {
            chunk.add(Table.PERSON_AREA, m.id(), period.area(), period.from());
        }
    }

    /** "A is PARENT of B"; siblings and the parents' household once per pair, the elder or first one as A. */
    private void relations(Family family) {
        List<Member> children = family.children();
        for (Parent parent : family.parents()) {
            for (Member child : children) {
                relation(parent.member(), child, "PARENT");
                if (parent.guardian()) {
                    relation(parent.member(), child, "GUARDIAN");
                }
            }
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                relation(children.get(i), children.get(j), "SIBLING");
            }
        }
        if (family.parentsLiveTogether()) {
            Member first = family.parents().get(0).member();
            Member second = family.parents().get(1).member();
            chunk.add(Table.PERSON_RELATION, first.id(), second.id(), "HOUSEHOLD", first.home().settled());
        }
    }

    /** Related is the child or the younger sibling: the relation holds from their birth. */
    private void relation(Member person, Member related, String type) {
        chunk.add(Table.PERSON_RELATION, person.id(), related.id(), type, related.birthDate());
    }
}
