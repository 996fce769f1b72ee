package se.helhet.placement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.PageForm;
import se.helhet.platform.UserTexts;

/** The forum's list of placed children, each placement's plan, and the meetings. */
@Controller
class PlacementPages {

    record PlanForm(String homePlan, String atHome, String schoolName, String schoolBefore, String schoolDuring,
                    String schoolAfter, Integer version) {

        static PlanForm of(Placement p) {
            Placement.School s = p.plan().school();
            return new PlanForm(p.plan().homePlan(), p.plan().atHome(), s.name(), s.before(), s.during(), s.after(),
                    p.plan().version());
        }
    }

    /** The meeting as typed: participants by checkbox, and per placed child (by index) what was discussed and decided. */
    record MeetingForm(String heldOn, List<String> participantIds, List<String> interventionId, List<String> discussed,
                       List<String> decided) {

        static MeetingForm empty() {
            return new MeetingForm("", List.of(), List.of(), List.of(), List.of());
        }

        public String discussedAt(int i) {
            return discussed != null && i < discussed.size() ? discussed.get(i) : "";
        }

        public String decidedAt(int i) {
            return decided != null && i < decided.size() ? decided.get(i) : "";
        }

        public boolean chosen(UUID participant) {
            return participantIds != null && participantIds.contains(participant.toString());
        }
    }

    private final Placements placements;

    PlacementPages(Placements placements) {
        this.placements = placements;
    }

    @GetMapping("/placeringsforum")
    String forum(Model model) {
        model.addAttribute("placed", placements.placed());
        model.addAttribute("meetings", placements.meetings());
        return "placement/forum";
    }

    @GetMapping("/placeringsforum/placeringar/{interventionId}")
    String plan(@PathVariable UUID interventionId, Model model) {
        Placements.PlacedChild placed = placements.get(interventionId);
        return showPlan(placed, PlanForm.of(placed.placement()), Map.of(), model);
    }

    @PostMapping("/placeringsforum/placeringar/{interventionId}")
    String savePlan(@PathVariable UUID interventionId, PlanForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> placements.savePlan(interventionId, new PlacementInput.PlacementPlanInput(
                        form.homePlan(), form.atHome(), form.schoolName(), form.schoolBefore(), form.schoolDuring(),
                        form.schoolAfter(), form.version())))
                .conflictBeside("homePlan")
                .submit(saved -> PageForm.redirectSaying(redirect, "/placeringsforum", "placement.plan.saved"),
                        errors -> showPlan(placements.get(interventionId), form, errors, model));
    }

    @GetMapping("/placeringsforum/moten/nytt")
    String newMeeting(Model model) {
        return showNewMeeting(MeetingForm.empty(), Map.of(), model);
    }

    @PostMapping("/placeringsforum/moten")
    String recordMeeting(MeetingForm form, Model model, RedirectAttributes redirect) {
        List<UUID> participants = new ArrayList<>();
        Map<String, String> unusable = new LinkedHashMap<>();
        for (String p : form.participantIds() == null ? List.<String>of() : form.participantIds()) {
            try {
                participants.add(UUID.fromString(p.trim()));
            } catch (IllegalArgumentException e) {
                unusable.put("participantIds", UserTexts.text("placement.problem.participant.unknown"));
            }
        }
        List<PlacementInput.ForumReviewInput> reviews = new ArrayList<>();
        List<String> ids = form.interventionId() == null ? List.of() : form.interventionId();
        for (int i = 0; i < ids.size(); i++) {
            if (!form.discussedAt(i).isBlank() || !form.decidedAt(i).isBlank()) {
                try {
                    reviews.add(new PlacementInput.ForumReviewInput(UUID.fromString(ids.get(i).trim()),
                            form.discussedAt(i), form.decidedAt(i)));
                } catch (IllegalArgumentException e) {
                    unusable.put("reviews", UserTexts.text("placement.problem.placement.unknown"));
                }
            }
        }
        if (!unusable.isEmpty()) {
            return showNewMeeting(form, unusable, model);
        }
        return PageForm.attempt(() -> placements.recordMeeting(new PlacementInput.ForumMeetingInput(form.heldOn(),
                        participants, reviews)))
                .fieldsOnPage(f -> f.startsWith("participantIds") ? "participantIds" : f.startsWith("reviews") ? "reviews" : f)
                .submit(id -> PageForm.redirectSaying(redirect, "/placeringsforum/moten/" + id, "placement.meeting.saved"),
                        errors -> showNewMeeting(form, errors, model));
    }

    @GetMapping("/placeringsforum/moten/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        model.addAttribute("meeting", placements.meeting(id));
        return "placement/meeting";
    }

    private String showPlan(Placements.PlacedChild placed, PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("placed", placed);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "placement/plan";
    }

    private String showNewMeeting(MeetingForm form, Map<String, String> errors, Model model) {
        model.addAttribute("placed", placements.placed());
        model.addAttribute("staff", placements.forumStaff());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", placements.today());
        return "placement/new-meeting";
    }
}
