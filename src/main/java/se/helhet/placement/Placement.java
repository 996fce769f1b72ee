package se.helhet.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child placed outside the home: the placement intervention as the intervention module records it, and the
 * forum's plan for it. {@code age} is the child's age today; SiSam concerns children of school age.
 */
record Placement(UUID interventionId, UUID matterId, UUID childId, String code, LocalDate startedOn,
                 String providerName, String unitName, int age, Plan plan) {

    /** The placement interventions of the catalogue. */
    static final List<String> CODES = List.of("FOSTER_HOME", "EMERGENCY_FOSTER_HOME", "RESIDENTIAL_CARE");
    static final int SCHOOL_START = 6;
    static final int SCHOOL_END = 17;

    public boolean schoolAge() {
        return age >= SCHOOL_START && age <= SCHOOL_END;
    }

    public boolean hasHomePlan() {
        return plan.homePlan() != null;
    }

    /** SiSam is in place when the school and a responsible for each phase are named. */
    public boolean hasSchoolResponsibility() {
        School s = plan.school();
        return s.name() != null && s.before() != null && s.during() != null && s.after() != null;
    }

    /** The plan for the way home, what must happen at home, and SiSam; every part null until written. */
    record Plan(String homePlan, String atHome, School school, Integer version) {
        static final Plan NONE = new Plan(null, null, School.NONE, null);
    }

    /** The school the child attends and who is responsible for the schooling before, during and after. */
    record School(String name, String before, String during, String after) {
        static final School NONE = new School(null, null, null, null);
    }
}
