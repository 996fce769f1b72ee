package se.helhet.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One generated family: the children (eldest first), their parents and the units that know them. */
record Family(List<Member> children, List<Parent> parents, boolean parentsLiveTogether,
              List<Registration> registrations) {

    record Member(UUID id, Identity identity, String givenName, String familyName, Home home, String phone,
                  String language, boolean interpreterNeeded, boolean protectedIdentity) {

        LocalDate birthDate() {
            return identity.birthDate();
        }
    }

    record Parent(Member member, boolean guardian, boolean livesWithChildren) {
    }

    /** A unit that has the person in its register. */
    record Registration(UUID personId, UUID unitId, OffsetDateTime since) {
    }

    /**
     * Where a household lives. Settled is when the adults came to the district; a household that moved within
     * it lived in earlierArea until movedIn.
     */
    record Home(String address, String postalCode, UUID area, boolean pilot, LocalDate settled,
                UUID earlierArea, LocalDate movedIn) {

        record Period(UUID area, LocalDate from) {
        }

        /** The person's areas over time: from birth, or from when the household settled if later. */
        List<Period> periodsFor(LocalDate birthDate) {
            LocalDate start = birthDate.isAfter(settled) ? birthDate : settled;
            if (earlierArea != null && start.isBefore(movedIn)) {
                return List.of(new Period(earlierArea, start), new Period(area, movedIn));
            }
            return List.of(new Period(area, start));
        }
    }
}
