package se.helhet.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.helhet.demo.Family.Parent;
import se.helhet.demo.Family.Registration;

/**
 * The units that held a family's matters have the child and its guardians in their register, as the product
 * registers them when it opens or takes over a matter: the intake unit from the report, the investigating
 * unit from the investigation.
 */
final class Registrations {

    private final List<UUID> guardians = new ArrayList<>(2);
    private final UUID intakeUnit;
    private final Map<List<UUID>, OffsetDateTime> since = new LinkedHashMap<>();

    Registrations(Family family, UUID intakeUnit) {
        for (Parent parent : family.parents()) {
            if (parent.guardian()) {
                guardians.add(parent.member().id());
            }
        }
        this.intakeUnit = intakeUnit;
    }

    void add(CasePlan plan) {
        for (CasePlan.Matter matter : plan.matters()) {
            register(matter.childId(), intakeUnit, plan.report().receivedAt());
            if (matter.investigation() != null) {
                register(matter.childId(), matter.unitId(), matter.investigation().recordedAt());
            }
        }
    }

    List<Registration> all() {
        return since.entrySet().stream()
                .map(e -> new Registration(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    private void register(UUID child, UUID unit, OffsetDateTime at) {
        put(child, unit, at);
        guardians.forEach(guardian -> put(guardian, unit, at));
    }

    private void put(UUID person, UUID unit, OffsetDateTime at) {
        since.merge(List.of(person, unit), at, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** The family's own registrations and these, one per person and unit, the earliest kept. */
    static List<Registration> merged(List<Registration> first, List<Registration> second) {
        Map<List<UUID>, Registration> merged = new LinkedHashMap<>();
        for (List<Registration> list : List.of(first, second)) {
            for (Registration r : list) {
                merged.merge(List.of(r.personId(), r.unitId()), r,
                        (a, b) -> a.since().isAfter(b.since()) ? b : a);
            }
        }
        return List.copyOf(merged.values());
    }
}
