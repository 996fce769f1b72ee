package se.helhet.demo;

import java.util.Random;

import se.helhet.demo.Family.Home;
import se.helhet.demo.Family.Member;

/** Names and contact details of one person; the identity number is already chosen by then. */
final class People {

    private static final double HAS_PHONE = 0.45;
    // Of adults whose origin has a language of its own; with the origin shares this is about 7 % of adults.
    private static final double PREFERS_OWN_LANGUAGE = 0.30;
    private static final double NEEDS_INTERPRETER = 0.80;

    private final Random random;
    private final Ids ids;

    People(Random random, Ids ids) {
        this.random = random;
        this.ids = ids;
    }

    Member child(Identity identity, Origin origin, String familyName, Home home, boolean protectedIdentity) {
        String givenName = origin.givenName(random, random.nextBoolean(), true);
        return new Member(ids.next(), identity, givenName, familyName, home, null, null, false,
                protectedIdentity);
    }

    Member adult(Identity identity, Origin origin, boolean female, String familyName, Home home,
                 boolean protectedIdentity) {
        String givenName = origin.givenName(random, female, false);
        String phone = random.nextDouble() < HAS_PHONE ? phone() : null;
        String language = origin.language() != null && random.nextDouble() < PREFERS_OWN_LANGUAGE
                ? origin.language() : null;
        boolean interpreter = language != null && random.nextDouble() < NEEDS_INTERPRETER;
        return new Member(ids.next(), identity, givenName, familyName, home, phone, language, interpreter,
                protectedIdentity);
    }

    /** Only from 070-174 06 05 … 99, the mobile range PTS reserves for fiction, so nobody real gets called. */
    private String phone() {
        return "070-174 06 %02d".formatted(5 + random.nextInt(95));
    }
}
