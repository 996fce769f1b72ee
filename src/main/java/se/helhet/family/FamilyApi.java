package se.helhet.family;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.person.FamilyMember;
import se.helhet.platform.UserTexts;

@RestController
@Tag(name = "Families", description = "The family across all units: members, matters, responsible workers, deadlines and sections")
class FamilyApi {

    /** A member; a protected relative the reader may not see has no id, name or number, only the role. */
    record MemberJson(UUID id, String name, String reference, Integer age, boolean protectedIdentity,
                      Set<FamilyMember.Role> roles) {
        static MemberJson of(FamilyMember m) {
            return m.hidden() ? new MemberJson(null, null, null, null, true, m.roles())
                    : new MemberJson(m.person().id(), m.person().name(), m.details().reference(), m.person().age(),
                    m.person().protectedIdentity(), m.roles());
        }
    }

    record UnitJson(UUID id, String name) {
    }

    record WorkerJson(UUID id, String name) {
    }

    record DeadlineJson(String step, LocalDate due, String status, boolean overdue, LocalDate goal, String goalStatus) {
    }

    /** The next stop of a routine that the matter takes part in: its name, last day and whether it is passed. */
    record StopJson(String name, LocalDate dueOn, boolean passed) {
    }

    /**
     * {@code readable} false: the matter of another unit, of which the reader sees only that it exists (no id,
     * level or deadline), its kind, unit, responsible worker and next stop.
     */
    record MatterJson(UUID id, MatterKind kind, UUID personId, UnitJson unit, WorkerJson responsibleWorker,
                      LocalDate openedOn, LocalDate closedOn, boolean readable, Level level, DeadlineJson next,
                      StopJson nextStop) {
        static MatterJson of(FamilyView.MatterRow r) {
            var n = r.next();
            return new MatterJson(r.readable() ? r.matterId() : null, r.kind(), r.member().person().id(),
                    new UnitJson(r.unitId(), r.unit()),
                    r.responsibleId() == null ? null : new WorkerJson(r.responsibleId(), r.responsible()),
                    r.openedOn(), r.closedOn(), r.readable(), r.level(),
                    n == null ? null : new DeadlineJson(n.step(), n.legal() == null ? null : n.legal().due(),
                            n.legalStatus() == null ? null : UserTexts.text(n.legalStatus().text()), n.overdue(),
                            n.goal() == null ? null : n.goal().due(),
                            n.goalStatus() == null ? null : UserTexts.text(n.goalStatus().text())),
                    r.nextStop() == null ? null
                            : new StopJson(r.nextStop().name(), r.nextStop().dueOn(), r.nextStop().passed()));
        }
    }

    record ResponsibleJson(UUID id, String name, String unit, List<MatterKind> kinds) {
    }

    record FamilyJson(UUID personId, List<MemberJson> members, List<MatterJson> matters,
                      List<ResponsibleJson> responsibleWorkers, List<MatterJson> deadlines,
                      Map<String, Object> sections) {
    }

    private final FamilyViews views;

    FamilyApi(FamilyViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/families/{personId}")
    @Operation(summary = "The family view: each member with their role, each open and recently closed matter in every"
            + " unit, the responsible workers, the next deadlines and the sections other modules contribute (sections)",
            description = "A matter the reader may read has its id, level and next deadline (readable true). A reader"
                    + " with an open matter of their own in the family sees that other units have open matters (kind,"
                    + " unit, responsible worker) but none of their content; others see none of them. A protected"
                    + " relative is shown without id, name and number to a reader not authorised. Matters closed more"
                    + " than 12 months ago are not shown.")
    FamilyJson family(@PathVariable UUID personId) {
        FamilyView view = views.of(personId);
        Map<String, Object> sections = new LinkedHashMap<>();
        view.sections().forEach(s -> sections.put(s.key(), s.content()));
        return new FamilyJson(view.person().id(), view.members().stream().map(MemberJson::of).toList(),
                view.matters().stream().map(MatterJson::of).toList(),
                view.workers().stream().map(w -> new ResponsibleJson(w.id(), w.name(), w.unit(), w.kinds())).toList(),
                view.deadlines().stream().map(MatterJson::of).toList(), sections);
    }
}
