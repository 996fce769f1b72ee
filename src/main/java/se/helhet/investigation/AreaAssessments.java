package se.helhet.investigation;

import static se.helhet.platform.FieldProblems.trim;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/**
 * The investigation by BBIC areas. A red (full) investigation describes the child's needs on all three
 * sides before the decision; an orange (short) one covers the areas the report concerns, a few lines each.
 */
@Service
class AreaAssessments {

    private static final int MAX = 20_000;
    private static final String RECORD = "investigation-area";

    private final AreaAssessmentRepository areas;
    private final Investigations investigations;
    private final CurrentUsers currentUsers;

    AreaAssessments(AreaAssessmentRepository areas, Investigations investigations, CurrentUsers currentUsers) {
        this.areas = areas;
        this.investigations = investigations;
        this.currentUsers = currentUsers;
    }

    List<AreaAssessment> of(UUID investigationId) {
        investigations.read(investigationId, RECORD);
        return sorted(investigationId);
    }

    private List<AreaAssessment> sorted(UUID investigationId) {
        return areas.forInvestigation(investigationId).stream()
                .sorted(java.util.Comparator.comparing(AreaAssessment::area)).toList();
    }

    /**
     * Writes one area; {@code version} is the one read, null only for an area not yet written (an area
     * already written without a version is refused naming {@code version}, as every other change is).
     */
    @Transactional
    AreaAssessment write(UUID investigationId, String area, String description, String childView, String needs,
                                Integer version) {
        Investigation investigation = investigations.workable(investigationId);
        BbicArea which;
        try {
            which = BbicArea.valueOf(area == null ? "" : area.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("area", "investigation.problem.area.unknown");
        }
        for (String[] text : new String[][] {{"description", description}, {"childView", childView}, {"needs", needs}}) {
            if (text[1] != null && text[1].length() > MAX) {
                throw new InvalidInputException(List.of(new FieldProblem(text[0], "problem.text.too-long", "20 000")));
            }
        }
        UUID by = currentUsers.require().id();
        int changed = version == null
                ? areas.insert(investigationId, which, trim(description), trim(childView), trim(needs), by)
                : areas.update(investigationId, which, trim(description), trim(childView), trim(needs), by, version);
        if (changed != 1 && version == null) {
            throw new InvalidInputException("version", "investigation.problem.area.version");
        }
        if (changed != 1) {
            throw new ConflictException("investigation.conflict.area.stale");
        }
        investigations.traceWrite(investigation, RECORD);
        return sorted(investigationId).stream().filter(a -> a.area() == which).findFirst().orElseThrow();
    }

    /** The sides of the triangle that have at least one area described. */
    Set<BbicArea.Side> sidesDescribed(UUID investigationId) {
        return areas.described(investigationId).stream()
                .map(BbicArea::side).collect(Collectors.toCollection(() -> EnumSet.noneOf(BbicArea.Side.class)));
    }
}
