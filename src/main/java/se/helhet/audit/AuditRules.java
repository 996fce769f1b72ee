package se.helhet.audit;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.common.AreaChoice;
import se.helhet.common.Level;
import se.helhet.platform.FieldProblems;

/** Reads a new audit as typed, naming every field that is wrong, in the order the form shows them. */
final class AuditRules {

    record Checked(String name, UUID keyId, Criteria criteria, String seed) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    private AuditRules() {
    }

    static Checked check(NewAudit input, Set<UUID> knownKeys, Set<UUID> knownUnits) {
        FieldProblems problems = new FieldProblems();
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add("name", "audit.problem.name");
        }
        UUID keyId = FieldProblems.idOrNull(input.keyId());
        if (keyId == null || !knownKeys.contains(keyId)) {
            problems.add("keyId", "audit.problem.key");
        }
        List<UUID> units = input.unitIds().stream().map(FieldProblems::idOrNull).toList();
        if (units.stream().anyMatch(u -> u == null || !knownUnits.contains(u))) {
            problems.add("unitIds", "audit.problem.units");
        }
        AreaChoice area = Arrays.stream(AreaChoice.values())
                .filter(a -> a.name().equals(input.area() == null || input.area().isBlank() ? "ALL" : input.area()))
                .findFirst().orElse(null);
        if (area == null) {
            problems.add("area", "audit.problem.area");
        }
        LocalDate from = problems.date(input.closedFrom(), "closedFrom");
        LocalDate to = problems.date(input.closedTo(), "closedTo");
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("closedTo", "audit.problem.period");
        }
        Level level = null;
        if (input.level() != null && !input.level().isBlank()) {
            level = Arrays.stream(Level.values()).filter(l -> l.name().equals(input.level())).findFirst().orElse(null);
            if (level == null) {
                problems.add("level", "audit.problem.level");
            }
        }
        Integer size = problems.requiredNumber(input.sampleSize(), "sampleSize",
                "audit.problem.sampleSize", 1, Criteria.LARGEST_SAMPLE);
        String seed = input.seed() == null || input.seed().isBlank() ? String.valueOf(100_000 + SEEDS.nextInt(900_000))
                : input.seed().trim();
        if (seed.length() > 100) {
            problems.add("seed", "audit.problem.seed");
        }
        problems.refuseIfAny();
        return new Checked(name, keyId, new Criteria(units.stream().distinct().toList(), area, from, to, level, size),
                seed);
    }
}
