package se.helhet.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.UUID;

import se.helhet.access.Role;

/**
 * Who does what in the generated cases, read from {@link Staff}: intake workers register and assess, the
 * social workers of the children-and-youth units investigate, and only unit managers decide.
 */
final class CaseStaff {

    private final List<UUID> intake;
    private final List<UUID> investigators;
    private final List<UUID> pilotTeam;
    private final List<UUID> managers;
    private final UUID socsek;
    private final Map<UUID, String> names;

    CaseStaff(long seed) {
        intake = ids(seed, Role.INTAKE_WORKER, Organisation.INTAKE);
        investigators = ids(seed, Role.SOCIAL_WORKER, Organisation.INVESTIGATION);
        pilotTeam = ids(seed, Role.SOCIAL_WORKER, Organisation.PILOT_TEAM);
        managers = ids(seed, Role.UNIT_MANAGER, null);
        socsek = Organisation.fixedId(seed, "user", "socsek");
        names = Staff.ALL.stream().collect(Collectors.toMap(
                m -> Organisation.fixedId(seed, "user", m.username()), Staff.Member::displayName));
    }

    String name(UUID id) {
        return names.get(id);
    }

    UUID intakeWorker(Random random) {
        return pick(random, intake);
    }

    /** An investigator of the unit that holds investigations from the child's area. */
    UUID investigator(Random random, boolean pilotTeam) {
        return pick(random, pilotTeam ? this.pilotTeam : investigators);
    }

    UUID manager(Random random) {
        return pick(random, managers);
    }

    UUID socsek() {
        return socsek;
    }

    List<UUID> managers() {
        return managers;
    }

    private static UUID pick(Random random, List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** Members with the role, in the unit if one is named; in the order of {@link Staff#ALL}. */
    private static List<UUID> ids(long seed, Role role, String unitCode) {
        List<UUID> ids = Staff.ALL.stream()
                .filter(m -> m.roles().contains(role) && (unitCode == null || m.unitCodes().contains(unitCode)))
                .map(m -> Organisation.fixedId(seed, "user", m.username()))
                .toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("Ingen demoanvändare med rollen " + role);
        }
        return ids;
    }
}
