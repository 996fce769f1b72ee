package se.helhet.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.platform.UserTexts;

@RestController
@Tag(name = "Worklists")
class WorklistApi {

    record Due(LocalDate due, String status, boolean overdue, String nonWorkingDayNote, LocalDate reminderDate) {
    }

    /** {@code childId} and {@code childName} name the person of an adult unit's matter too, as they always did. */
    record MatterJson(UUID matterId, MatterKind kind, UUID childId, String childName, boolean protectedIdentity,
                      Level level, String step, Due legal, Due goal) {
        static MatterJson of(MyMatter m) {
            return new MatterJson(m.matterId(), m.kind(), m.child().id(), m.child().name(), m.child().protectedIdentity(),
                    m.level(), m.step(),
                    m.legal() == null ? null : new Due(m.legal().due(), UserTexts.text(m.legalStatus().text()), m.overdue(),
                            m.legal().nonWorkingDayNote().map(UserTexts::text).orElse(null), m.legal().reminderDate()),
                    m.goal() == null ? null : new Due(m.goal().due(), UserTexts.text(m.goalStatus().text()), m.goalStatus().isOverdue(),
                            m.goal().nonWorkingDayNote().map(UserTexts::text).orElse(null), m.goal().reminderDate()));
        }
    }

    record TeamJson(List<Worklists.TeamMember> members, List<MatterJson> unassigned, List<MatterJson> overdue,
                    List<MatterJson> proposals) {
    }

    private final Worklists worklists;

    WorklistApi(Worklists worklists) {
        this.worklists = worklists;
    }

    @GetMapping("/api/v1/worklists/mine")
    @Operation(summary = "My matters by next deadline: the legal limit and the pilot's goal")
    List<MatterJson> mine() {
        return worklists.mine().stream().map(MatterJson::of).toList();
    }

    @GetMapping("/api/v1/worklists/team")
    @Operation(summary = "The unit manager's view: the team's workload, overdue matters, matters without a responsible"
            + " worker and proposed decisions")
    TeamJson team() {
        var team = worklists.team(0);
        return new TeamJson(team.members(), all(Worklists.TeamList.UNASSIGNED), all(Worklists.TeamList.OVERDUE),
                team.proposals().stream().map(MatterJson::of).toList());
    }

    private List<MatterJson> all(Worklists.TeamList list) {
        return worklists.team(list, null, Integer.MAX_VALUE).matters().stream().map(MatterJson::of).toList();
    }
}
