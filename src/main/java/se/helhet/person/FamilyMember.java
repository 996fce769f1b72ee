package se.helhet.person;

import java.util.Set;

/**
 * A member of a family as seen from the person the family was opened for: what they are to that person
 * ({@code GUARDIAN} means "is guardian of the person", {@code CHILD_OF_GUARDIAN} the reverse).
 */
record FamilyMember(Person person, Set<Role> roles, boolean readable) {

    public enum Role { SELF, GUARDIAN, PARENT, CHILD, WARD, SIBLING, HOUSEHOLD, OTHER }
}
