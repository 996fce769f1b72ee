package se.helhet.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.demo.Family.Member;
import se.helhet.demo.Family.Parent;
import se.helhet.demo.Family.Registration;

/**
 * Which units know the family. Some families are known to several units at once, which is what the
 * family-oriented way of working (joint consultations between units) is about.
 */
final class Registers {

    private static final double CHILDREN_AND_YOUTH = 0.15;
    private static final double FINANCIAL_AID = 0.05;
    private static final double DOMESTIC_VIOLENCE = 0.01;
    private static final double ADDICTION = 0.03;
    private static final double PSYCHIATRY = 0.02;
    private static final double DISABILITY = 0.01;
    private static final int YEARS_BACK = 5;

    private final Random random;
    private final Organisation organisation;
    private final LocalDate today;
    private final ZoneId zone;

    Registers(Random random, Organisation organisation, LocalDate today, ZoneId zone) {
        this.random = random;
        this.organisation = organisation;
        this.today = today;
        this.zone = zone;
    }

    List<Registration> of(List<Member> children, List<Parent> parents) {
        List<Member> residentAdults = new ArrayList<>();
        List<Member> childAndGuardians = new ArrayList<>(children);
        for (Parent parent : parents) {
            if (parent.livesWithChildren()) {
                residentAdults.add(parent.member());
            }
            if (parent.guardian()) {
                childAndGuardians.add(parent.member());
            }
        }
        List<Registration> registrations = new ArrayList<>();
        if (random.nextDouble() < CHILDREN_AND_YOUTH) {
            register(registrations, Organisation.INVESTIGATION, childAndGuardians);
            register(registrations, Organisation.PILOT_TEAM,
                    childAndGuardians.stream().filter(m -> m.home().pilot()).toList());
        }
        if (random.nextDouble() < FINANCIAL_AID) {
            List<Member> household = new ArrayList<>(children);
            household.addAll(residentAdults);
            register(registrations, Organisation.FINANCIAL_AID, household);
        }
        if (random.nextDouble() < DOMESTIC_VIOLENCE) {
            register(registrations, Organisation.DOMESTIC_VIOLENCE, residentAdults);
        }
        for (Parent parent : parents) {
            if (random.nextDouble() < ADDICTION) {
                register(registrations, Organisation.ADDICTION, List.of(parent.member()));
            }
            if (random.nextDouble() < PSYCHIATRY) {
                register(registrations, Organisation.PSYCHIATRY, List.of(parent.member()));
            }
        }
        for (Member child : children) {
            if (random.nextDouble() < DISABILITY) {
                register(registrations, Organisation.DISABILITY, List.of(child));
            }
        }
        return registrations;
    }

    /** One point in time for all of them, not before the youngest was born and at most five years ago. */
    private void register(List<Registration> registrations, String unitCode, List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        LocalDate from = today.minusYears(YEARS_BACK);
        for (Member member : members) {
            if (member.birthDate().isAfter(from)) {
                from = member.birthDate();
            }
        }
        // Until yesterday, so that no registration lies later today.
        long days = today.minusDays(1).toEpochDay() - from.toEpochDay();
        LocalDate date = from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
        LocalTime time = LocalTime.of(8, 0).plusMinutes(random.nextInt(9 * 60));
        OffsetDateTime since = date.atTime(time).atZone(zone).toOffsetDateTime();
        UUID unit = organisation.unit(unitCode).id();
        for (Member member : members) {
            registrations.add(new Registration(member.id(), unit, since));
        }
    }
}
