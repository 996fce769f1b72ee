package se.helhet.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import se.helhet.demo.Family.Home;
import se.helhet.demo.Family.Member;
import se.helhet.demo.Family.Parent;

/**
 * Makes families one at a time: 1-4 children a few years apart, usually two parents living together, some
 * single parents, some separated parents in homes of their own (a few without custody).
 */
final class FamilyFactory {

    private static final double[] CHILD_COUNT_SHARES = {0.35, 0.40, 0.18, 0.07};
    private static final double SINGLE_PARENT = 0.18;
    private static final double SEPARATED = 0.12;
    private static final double SEPARATED_WITHOUT_CUSTODY = 0.25;
    private static final double PROTECTED_IDENTITY = 0.005;
    private static final double COORDINATION_NUMBER = 0.01;
    private static final double SAME_SEX_COUPLE = 0.04;
    private static final double SHARED_FAMILY_NAME = 0.60;
    private static final double CHILDREN_TAKE_SECOND_NAME = 0.20;
    private static final int MIN_SIBLING_GAP_DAYS = 400;
    private static final int MAX_EXTRA_GAP_DAYS = 1600;

    private final Random random;
    private final IdentityNumbers numbers;
    private final People people;
    private final Homes homes;
    private final Registers registers;
    private final LocalDate today;
    private final LocalDate earliestChildBirth;

    FamilyFactory(Random random, IdentityNumbers numbers, People people, Homes homes, Registers registers,
                  LocalDate today) {
        this.random = random;
        this.numbers = numbers;
        this.people = people;
        this.homes = homes;
        this.registers = registers;
        this.today = today;
        // Everyone born since is 0-17 today.
        this.earliestChildBirth = today.minusYears(18).plusDays(1);
    }

    Family next(int maxChildren) {
        List<Identity> childIdentities = childBirthDates(Math.min(childCount(), maxChildren)).stream()
                .map(numbers::personalOrReserve)
                .sorted(Comparator.comparing(Identity::birthDate))
                .toList();
        LocalDate eldest = childIdentities.getFirst().birthDate();
        Origin origin = Origin.pick(random);
        boolean protectedIdentity = random.nextDouble() < PROTECTED_IDENTITY;
        double shape = random.nextDouble();
        boolean single = shape < SINGLE_PARENT;
        boolean separated = !single && shape < SINGLE_PARENT + SEPARATED;

        Identity first = adultIdentity(eldest.minusYears(21 + random.nextInt(19)).minusDays(random.nextInt(365)));
        Identity second = single ? null : adultIdentity(partnerBirthDate(first.birthDate(), eldest));
        LocalDate youngestResident = second == null || separated || second.birthDate().isBefore(first.birthDate())
                ? first.birthDate() : second.birthDate();
        Home home = homes.household(eldest, youngestResident);

        boolean firstFemale = random.nextBoolean();
        String firstFamilyName = origin.familyName(random);
        List<Parent> parents = new ArrayList<>(2);
        parents.add(new Parent(people.adult(first, origin, firstFemale, firstFamilyName, home, protectedIdentity),
                true, true));
        if (second != null) {
            boolean female = random.nextDouble() < SAME_SEX_COUPLE ? firstFemale : !firstFemale;
            String familyName = !separated && random.nextDouble() < SHARED_FAMILY_NAME
                    ? firstFamilyName : origin.familyName(random);
            Home secondHome = separated ? homes.apart(eldest, second.birthDate()) : home;
            boolean guardian = !separated || random.nextDouble() >= SEPARATED_WITHOUT_CUSTODY;
            parents.add(new Parent(people.adult(second, origin, female, familyName, secondHome, protectedIdentity),
                    guardian, !separated));
        }
        String childrenFamilyName = parents.size() > 1 && random.nextDouble() < CHILDREN_TAKE_SECOND_NAME
                ? parents.get(1).member().familyName() : firstFamilyName;
        List<Member> children = childIdentities.stream()
                .map(id -> people.child(id, origin, childrenFamilyName, home, protectedIdentity))
                .toList();
        return new Family(children, parents, second != null && !separated, registers.of(children, parents));
    }

    private int childCount() {
        double x = random.nextDouble();
        for (int i = 0; i < CHILD_COUNT_SHARES.length; i++) {
            x -= CHILD_COUNT_SHARES[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return 1;
    }

    /** Siblings 1-5 years apart, the whole group placed at random between 18 years ago and today. */
    private List<LocalDate> childBirthDates(int count) {
        int[] gaps = new int[count];
        int span = 0;
        for (int i = 1; i < count; i++) {
            gaps[i] = MIN_SIBLING_GAP_DAYS + random.nextInt(MAX_EXTRA_GAP_DAYS);
            span += gaps[i];
        }
        long room = today.toEpochDay() - earliestChildBirth.toEpochDay() - span;
        LocalDate date = earliestChildBirth.plusDays(random.nextLong(Math.max(1, room + 1)));
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            date = date.plusDays(gaps[i]);
            dates.add(date);
        }
        return dates;
    }

    /** Up to five years either way, but at least 19 when the eldest child was born (20 before the number). */
    private LocalDate partnerBirthDate(LocalDate firstBirth, LocalDate eldestChildBirth) {
        LocalDate wanted = firstBirth.plusDays(random.nextInt(2 * 5 * 365) - 5 * 365);
        LocalDate latest = eldestChildBirth.minusYears(20);
        return wanted.isAfter(latest) ? latest : wanted;
    }

    private Identity adultIdentity(LocalDate wanted) {
        return random.nextDouble() < COORDINATION_NUMBER
                ? numbers.coordinationOrOther(wanted)
                : numbers.personalOrReserve(wanted);
    }
}
