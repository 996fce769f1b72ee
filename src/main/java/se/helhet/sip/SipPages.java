package se.helhet.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.access.CurrentUsers;
import se.helhet.common.ActorKind;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;
import se.helhet.platform.UserTexts;

/** A person's plans with a form to offer one, and each plan with the form for its next step. */
@Controller
class SipPages {

    /** Room for this many external actors and actions on a form; a plan with more takes them in the API. */
    static final int ROWS = 3;

    /** The offer as typed: units chosen by checkbox, external actors as parallel rows of kind and name. */
    record OfferForm(String kind, String matterId, String unitId, String offeredOn, List<String> unitIds,
                     List<String> actorKind, List<String> actorName) {

        static OfferForm empty() {
            return new OfferForm(SipKind.SIP.name(), "", "", "", List.of(), List.of(), List.of());
        }

        public String actorKindAt(int i) {
            return at(actorKind, i);
        }

        public String actorNameAt(int i) {
            return at(actorName, i);
        }

        public boolean unitChosen(UUID unit) {
            return unitIds != null && unitIds.contains(unit.toString());
        }
    }

    record StepForm(String date, String reason, String outcome, String heldOn, String needs, String goals,
                    List<String> who, List<String> what, List<String> byWhen, String followUpOn, List<String> unitIds) {

        static StepForm empty() {
            return new StepForm("", "", "", "", "", "", List.of(), List.of(), List.of(), "", List.of());
        }

        public String whoAt(int i) {
            return at(who, i);
        }

        public String whatAt(int i) {
            return at(what, i);
        }

        public String byWhenAt(int i) {
            return at(byWhen, i);
        }
    }

    private final Sips sips;
    private final People people;
    private final Matters matters;
    private final CurrentUsers currentUsers;

    SipPages(Sips sips, People people, Matters matters, CurrentUsers currentUsers) {
        this.sips = sips;
        this.people = people;
        this.matters = matters;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/personer/{personId}/sip")
    String list(@PathVariable UUID personId, Model model) {
        return showList(personId, OfferForm.empty(), Map.of(), model);
    }

    @PostMapping("/personer/{personId}/sip")
    String offer(@PathVariable UUID personId, OfferForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> unusable = new java.util.LinkedHashMap<>();
        UUID matter = uuid(form.matterId(), "matterId", unusable);
        UUID unit = uuid(form.unitId(), "unitId", unusable);
        List<SipInput.SipParticipantInput> participants = new ArrayList<>();
        for (String chosen : nonNull(form.unitIds())) {
            UUID id = uuid(chosen, "participants", unusable);
            if (id != null) {
                participants.add(new SipInput.SipParticipantInput(id, null, null));
            }
        }
        for (int i = 0; i < ROWS; i++) {
            if (!blank(form.actorKindAt(i)) || !blank(form.actorNameAt(i))) {
                participants.add(new SipInput.SipParticipantInput(null, form.actorKindAt(i), form.actorNameAt(i)));
            }
        }
        if (!unusable.isEmpty()) {
            return showList(personId, form, unusable, model);
        }
        return PageForm.attempt(() -> sips.offer(new SipInput.SipOffer(form.kind(), personId, matter, unit,
                        form.offeredOn(), participants)))
                .fieldsOnPage(f -> f.startsWith("participants") ? "participants" : f)
                .submit(offered -> PageForm.redirectSaying(redirect, "/sip/" + offered.id(), "sip.offered"),
                        errors -> showList(personId, form, errors, model));
    }

    @GetMapping("/sip/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return showDetail(sips.get(id), null, StepForm.empty(), Map.of(), model);
    }

    @PostMapping("/sip/{id}/{slug}")
    String step(@PathVariable UUID id, @PathVariable String slug, StepForm form, Model model,
                RedirectAttributes redirect) {
        SipStep step = Arrays.stream(SipStep.values()).filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("sip.notFound.step"));
        Map<String, String> unusable = new java.util.LinkedHashMap<>();
        List<SipInput.SipParticipantInput> added = new ArrayList<>();
        for (String chosen : nonNull(form.unitIds())) {
            UUID unit = uuid(chosen, "participants", unusable);
            if (unit != null) {
                added.add(new SipInput.SipParticipantInput(unit, null, null));
            }
        }
        if (!unusable.isEmpty()) {
            return showDetail(sips.get(id), step, form, unusable, model);
        }
        return PageForm.attempt(() -> switch (step) {
                    case ACCEPT, DECLINE -> sips.answer(id, step, new SipInput.SipAnswer(form.date(), form.reason()));
                    case HOLD -> sips.hold(id, new SipInput.SipHold(form.heldOn(), form.needs(), form.goals(),
                            actions(form), form.followUpOn(), added));
                    case FOLLOW_UP -> sips.followUp(id, new SipInput.SipFollowUp(form.date(), form.outcome()));
                })
                .fieldsOnPage(f -> f.startsWith("participants") ? "participants" : f)
                .conflictBeside(step == SipStep.HOLD ? "heldOn" : "date")
                .submit(done -> PageForm.redirectSaying(redirect, "/sip/" + id, "sip.step.done." + step.name()),
                        errors -> showDetail(sips.get(id), step, form, errors, model));
    }

    private String showList(UUID personId, OfferForm form, Map<String, String> errors, Model model) {
        model.addAttribute("person", people.read(personId, "sip"));
        model.addAttribute("sips", sips.forPerson(personId));
        model.addAttribute("mayOffer", sips.mayOffer());
        if (sips.mayOffer()) {
            model.addAttribute("matters", matters.forPerson(personId).stream()
                    .filter(m -> m.open() && matters.mayWork(m.id())).toList());
            model.addAttribute("ownUnits", currentUsers.require().units());
            model.addAttribute("units", sips.units());
            model.addAttribute("actorKinds", ActorKind.values());
            model.addAttribute("kinds", SipKind.values());
        }
        model.addAttribute("form", form);
        model.addAttribute("rows", ROWS);
        model.addAttribute("errors", errors);
        model.addAttribute("today", sips.today());
        return "sip/list";
    }

    private String showDetail(Sip sip, SipStep refused, StepForm form, Map<String, String> errors, Model model) {
        model.addAttribute("sip", sip);
        model.addAttribute("person", people.read(sip.personId(), "sip"));
        model.addAttribute("mayWork", sips.mayWork(sip));
        model.addAttribute("units", sips.units());
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        model.addAttribute("rows", ROWS);
        model.addAttribute("errors", errors);
        model.addAttribute("today", sips.today());
        return "sip/detail";
    }

    private static List<SipInput.SipActionInput> actions(StepForm form) {
        List<SipInput.SipActionInput> actions = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (!blank(form.whoAt(i)) || !blank(form.whatAt(i)) || !blank(form.byWhenAt(i))) {
                actions.add(new SipInput.SipActionInput(form.whoAt(i), form.whatAt(i), form.byWhenAt(i)));
            }
        }
        return actions;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : "";
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !blank(v)).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Null when nothing is chosen; a value that is no id is put among the problems. */
    private static UUID uuid(String chosen, String field, Map<String, String> problems) {
        if (blank(chosen)) {
            return null;
        }
        try {
            return UUID.fromString(chosen.trim());
        } catch (IllegalArgumentException e) {
            problems.put(field, UserTexts.text("sip.problem.chooseFromList"));
            return null;
        }
    }
}
