package se.helhet.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Names what each family member is to the person the family is seen from. */
final class FamilyRoles {

    record Member(Person person, Set<FamilyMember.Role> roles) {
    }

    private FamilyRoles() {
    }

    static List<Member> of(UUID self, List<Person> members, List<FamilyRepository.Link> links) {
        List<Member> result = new ArrayList<>();
        for (Person person : members) {
            Set<FamilyMember.Role> roles = EnumSet.noneOf(FamilyMember.Role.class);
            if (person.id().equals(self)) {
                roles.add(FamilyMember.Role.SELF);
            }
            for (FamilyRepository.Link link : links) {
                boolean from = link.personId().equals(person.id()) && link.relatedPersonId().equals(self);
                boolean to = link.personId().equals(self) && link.relatedPersonId().equals(person.id());
                if (from || to) {
                    roles.add(role(link.type(), from));
                }
            }
            if (roles.isEmpty()) {
                roles.add(FamilyMember.Role.OTHER);
            }
            result.add(new Member(person, roles));
        }
        result.sort(Comparator.comparing((Member m) -> m.roles().iterator().next())
                .thenComparing(m -> m.person().birthDate()));
        return result;
    }

    /** {@code memberIsSubject}: the member is the one who "is GUARDIAN of" the person seen from. */
    private static FamilyMember.Role role(Relation type, boolean memberIsSubject) {
        return switch (type) {
            case GUARDIAN -> memberIsSubject ? FamilyMember.Role.GUARDIAN : FamilyMember.Role.WARD;
            case PARENT -> memberIsSubject ? FamilyMember.Role.PARENT : FamilyMember.Role.CHILD;
            case SIBLING -> FamilyMember.Role.SIBLING;
            case HOUSEHOLD -> FamilyMember.Role.HOUSEHOLD;
        };
    }
}
