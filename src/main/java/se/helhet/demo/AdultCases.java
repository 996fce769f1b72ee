package se.helhet.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.access.Role;
import se.helhet.demo.Family.Member;
import se.helhet.demo.Family.Registration;

/**
 * The adult units' open matters in the demo families: one family, many units. Parents of a child with an open
 * children and youth matter often have an addiction, domestic violence, financial aid or social psychiatry
 * matter of their own (the seeds' families that meet four units that never talk); a few young adults of 18-21,
 * elder siblings living at home, have a matter in an adult unit and financial aid (Skärholmen's Intern-SIP
 * group). Drawn from a stream of their own, so the families and their children's history stay as they were.
 */
final class AdultCases {

    private static final double ADDICTION = 0.30;
    private static final double DOMESTIC_VIOLENCE = 0.20;
    private static final double FINANCIAL_AID = 0.35;
    private static final double SOCIAL_PSYCHIATRY = 0.12;
    private static final double YOUNG_ADULT = 0.012;
    private static final double YOUNG_ADULT_DISABILITY = 0.25;
    private static final int MAX_DAYS_OPEN = 300;

    /** A matter of an adult unit: what the demo writes of it. */
    record AdultMatter(UUID id, String kind, UUID personId, UUID unitId, OffsetDateTime openedAt, UUID responsible) {
    }

    /** What a family got: its young adults and the adult units' matters. */
    record Written(List<Member> youngAdults, List<AdultMatter> matters) {

        List<Registration> registrations() {
            return matters.stream().map(m -> new Registration(m.personId(), m.unitId(), m.openedAt())).toList();
        }
    }

    private final Random random;
    private final long seed;
    private final Organisation organisation;
    private final IdentityNumbers numbers;
    private final People people;
    private final Ids ids;
    private final LocalDate today;
    private final ZoneId zone;

    AdultCases(long seed, Organisation organisation, IdentityNumbers numbers, LocalDate today, ZoneId zone) {
        this.random = new Random(seed * 37 + 0xAD17);
        this.seed = seed;
        this.organisation = organisation;
        this.numbers = numbers;
        this.people = new People(random, new Ids(seed ^ 0xAD17L));
        this.ids = new Ids(seed ^ 0xAD18L);
        this.today = today;
        this.zone = zone;
    }

    /** {@code childMatterOpen}: one of the family's children has an open children and youth matter today. */
    Written write(Family family, boolean childMatterOpen) {
        List<AdultMatter> matters = new ArrayList<>();
        if (childMatterOpen) {
            List<Member> parents = family.parents().stream().map(Family.Parent::member).toList();
            Member applicant = parents.getFirst();
            maybe(matters, ADDICTION, parents.get(random.nextInt(parents.size())), "ADDICTION", Organisation.ADDICTION);
            maybe(matters, DOMESTIC_VIOLENCE, applicant, "DOMESTIC_VIOLENCE", Organisation.DOMESTIC_VIOLENCE);
            maybe(matters, FINANCIAL_AID, applicant, "FINANCIAL_AID", Organisation.FINANCIAL_AID);
            maybe(matters, SOCIAL_PSYCHIATRY, parents.get(random.nextInt(parents.size())), "SOCIAL_PSYCHIATRY",
                    Organisation.PSYCHIATRY);
        }
        List<Member> youngAdults = new ArrayList<>(1);
        if (random.nextDouble() < YOUNG_ADULT) {
            Member youngAdult = youngAdult(family);
            if (youngAdult != null) {
                youngAdults.add(youngAdult);
                matters.add(matter(youngAdult, "FINANCIAL_AID", Organisation.FINANCIAL_AID));
                boolean disability = random.nextDouble() < YOUNG_ADULT_DISABILITY;
                matters.add(disability ? matter(youngAdult, "DISABILITY", Organisation.DISABILITY)
                        : random.nextBoolean() ? matter(youngAdult, "ADDICTION", Organisation.ADDICTION)
                        : matter(youngAdult, "SOCIAL_PSYCHIATRY", Organisation.PSYCHIATRY));
            }
        }
        return new Written(youngAdults, matters);
    }

    private void maybe(List<AdultMatter> matters, double share, Member person, String kind, String unitCode) {
        if (random.nextDouble() < share) {
            matters.add(matter(person, kind, unitCode));
        }
    }

    private AdultMatter matter(Member person, String kind, String unitCode) {
        LocalDate opened = today.minusDays(random.nextInt(MAX_DAYS_OPEN));
        List<UUID> workers = workers(unitCode);
        return new AdultMatter(ids.next(), kind, person.id(), organisation.unit(unitCode).id(),
                opened.atTime(9 + random.nextInt(7), random.nextInt(60)).atZone(zone).toOffsetDateTime(),
                workers.get(random.nextInt(workers.size())));
    }

    /** An elder sibling of 18-21 living at home, born well before the eldest child; none if there is no room. */
    private Member youngAdult(Family family) {
        LocalDate born = today.minusYears(18).minusDays(1 + random.nextInt(3 * 365));
        Member eldest = family.children().getFirst();
        if (!born.isBefore(eldest.birthDate().minusDays(400))) {
            return null;
        }
        Origin origin = Origin.pick(random);
        return people.adult(numbers.personalOrReserve(born), origin, random.nextBoolean(), eldest.familyName(),
                eldest.home(), eldest.protectedIdentity());
    }

    /** The unit's social workers, in the order of {@link Staff#ALL}. */
    private List<UUID> workers(String unitCode) {
        return Staff.ALL.stream().filter(m -> m.roles().contains(Role.SOCIAL_WORKER) && m.unitCodes().contains(unitCode))
                .map(m -> Organisation.fixedId(seed, "user", m.username())).toList();
    }
}
