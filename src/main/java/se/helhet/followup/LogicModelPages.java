package se.helhet.followup;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;

/** The logic model on one page. It holds no personal data: all who work with the follow-up or the cases may read it. */
@Controller
class LogicModelPages {

    private final CurrentUsers currentUsers;

    LogicModelPages(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/uppfoljning/logikmodell")
    String logicModel(Model model) {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.ANALYST, Role.UNIT_MANAGER, Role.SOCIAL_WORKER, Role.INTAKE_WORKER)) {
            throw new AccessDeniedException("The logic model is for analysts, unit managers and case workers");
        }
        model.addAttribute("logicModel", LogicModel.PILOT)
                // The indicator page is for analysts and unit managers; others read the titles without a link.
                .addAttribute("indicatorsOpen", user.hasAny(Role.ANALYST, Role.UNIT_MANAGER));
        return "followup/logic-model";
    }
}
