package se.helhet.intervention;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.access.StaffDirectory;
import se.helhet.access.UnitKind;
import se.helhet.investigation.Decision;
import se.helhet.investigation.Decisions;
import se.helhet.matter.Matter;

/** What the offer form lets staff choose from: the matter's granted decisions, and who can be responsible. */
@Component
class OfferChoices {

    /** A granted decision as an option: "Beslut 2026-12-05: Familjebehandling"; code is the catalogue's. */
    record DecisionOption(UUID id, LocalDate decidedOn, String code, String interventionName) {
    }

    private final Decisions decisions;
    private final StaffDirectory staff;

    OfferChoices(Decisions decisions, StaffDirectory staff) {
        this.decisions = decisions;
        this.staff = staff;
    }

    /** The decisions that granted an intervention in this matter, the latest first. */
    List<DecisionOption> granted(UUID matterId, List<CatalogueEntry> catalogue) {
        Map<String, String> names = catalogue.stream()
                .collect(Collectors.toMap(CatalogueEntry::code, CatalogueEntry::name, (a, b) -> a));
        return decisions.forMatter(matterId).stream()
                .sorted(java.util.Comparator.comparing(Decision::decidedOn).reversed())
                .<DecisionOption>mapMulti((d, options) -> {
                    if (d.outcome() instanceof Decision.Granted granted) {
                        options.accept(new DecisionOption(d.id(), d.decidedOn(), granted.interventionCode(),
                                names.getOrDefault(granted.interventionCode(), granted.interventionCode())));
                    }
                })
                .toList();
    }

    /**
     * Who can be responsible: case workers of the matter's unit and of the children and youth units, where
     * interventions are given (the same units an investigator is chosen from).
     */
    List<CurrentUser> caseWorkers(Matter matter) {
        Set<UUID> units = new HashSet<>();
        units.add(matter.unitId());
        staff.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH).forEach(u -> units.add(u.id()));
        return staff.caseWorkersIn(units);
    }
}
