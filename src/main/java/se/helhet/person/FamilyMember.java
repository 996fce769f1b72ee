package se.helhet.person;

import java.util.Set;

/**
 * A member of a family as seen from the person the family was opened for: what they are to that person
 * ({@code GUARDIAN} means "is guardian of the person", {@code CHILD_OF_GUARDIAN} the reverse). {@code person}
 * is the row as lists show it; {@code details} the record, {@code null} for a protected relative the reader
 * may not see, who keeps the row but not the name, number or link, as in the worklists.
 */
public record FamilyMember(ListedPerson person, Person details, Set<Role> roles, boolean readable) {

    public enum Role { SELF, GUARDIAN, PARENT, CHILD, WARD, SIBLING, HOUSEHOLD, OTHER }

    /** Whether the member is shown as a protected row without name, number or link. */
    public boolean hidden() {
        return details == null;
    }
}
