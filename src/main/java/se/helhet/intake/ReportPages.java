package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.common.ActorKind;
import se.helhet.common.Deadline;
import se.helhet.common.DeadlineStatus;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.PageForm;
import se.helhet.referral.NewReferral;

/** One report: who reported and why, then each child's protection and preliminary assessment. */
@Controller
class ReportPages {

    record ProtectionForm(String immediateProtectionNeeded, String reasoning) {
        static final ProtectionForm EMPTY = new ProtectionForm(null, "");
    }

    /**
     * Two level fields, one under each outcome that has a level, so a hidden choice never sends a stale level. The
     * referral's fields are named referralActorKind and so on, referral.actorKind in the rules.
     */
    record PreliminaryForm(String outcome, String levelInvestigation, String levelNoInvestigation, String decidedOn,
                           String openIntervention, String referralActorKind, String referralActorName,
                           String referralPurpose, String transferredTo, String reasoning) {

        NewReferral referral() {
            return new NewReferral(referralActorKind, referralActorName, referralPurpose, null);
        }

        String pageField(String field) {
            return switch (field) {
                case "level" -> levelField();
                case "referral.actorKind" -> "referralActorKind";
                case "referral.actorName" -> "referralActorName";
                case "referral.purpose" -> "referralPurpose";
                default -> field;
            };
        }

        String level() {
            return switch (outcome == null ? "" : outcome) {
                case "OPEN_INVESTIGATION" -> levelInvestigation;
                case "NO_INVESTIGATION" -> levelNoInvestigation;
                default -> null;
            };
        }

        String levelField() {
            return "NO_INVESTIGATION".equals(outcome) ? "levelNoInvestigation" : "levelInvestigation";
        }
    }

    /**
     * The preliminary assessment of every child still waiting for one, typed once: each child's decision (outcome
     * and level in one choice, "OPEN_INVESTIGATION:ORANGE") and referral, the date and reasoning shared. The
     * fields of child n are named cN.decision and so on.
     */
    record JointPreliminaryForm(Map<String, String> fields) {

        static final JointPreliminaryForm EMPTY = new JointPreliminaryForm(Map.of());

        public String value(String name) {
            return fields.getOrDefault(name, "");
        }

        PreliminaryAssessmentInput input(int number) {
            String prefix = "c" + number + ".";
            String[] decision = value(prefix + "decision").split(":", 2);
            String outcome = decision[0].isBlank() ? null : decision[0];
            String level = decision.length > 1 ? decision[1] : null;
            return new PreliminaryAssessmentInput(outcome, level, value("decidedOn"), "",
                    new NewReferral(value(prefix + "referralActorKind"), value(prefix + "referralActorName"),
                            value(prefix + "referralPurpose"), null), "", value("reasoning"));
        }

        /** A problem of the rules, children[i].field, beside its field on the page. */
        static String pageField(String field) {
            var child = java.util.regex.Pattern.compile("children\\[(\\d+)]\\.(.+)").matcher(field);
            if (!child.matches()) {
                return "alla-" + field;
            }
            String part = "alla-c" + (Integer.parseInt(child.group(1)) + 1) + "-";
            return switch (child.group(2)) {
                case "reasoning", "decidedOn" -> "alla-" + child.group(2);
                case "referral.actorKind" -> part + "referralActorKind";
                case "referral.actorName" -> part + "referralActorName";
                case "referral.purpose" -> part + "referralPurpose";
                default -> part + "decision";
            };
        }
    }

    /** One child of the report with both steps: done (the assessment) or due (the deadline and where it stands). */
    record ChildView(int number, Report.Child part, Person person, ProtectionAssessment protection,
                     IntakeApi.PreliminaryJson preliminary, Deadline protectionDeadline, DeadlineStatus protectionStatus,
                     Deadline preliminaryDeadline, DeadlineStatus preliminaryStatus) {
    }

    private final Reports reports;
    private final JointAssessments joint;
    private final Attachments attachments;
    private final Feedback feedback;
    private final People people;
    private final Clock clock;

    ReportPages(Reports reports, JointAssessments joint, Attachments attachments, Feedback feedback, People people,
                Clock clock) {
        this.reports = reports;
        this.joint = joint;
        this.attachments = attachments;
        this.feedback = feedback;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/anmalningar/{id}")
    @SuppressWarnings("unchecked")
    String report(@PathVariable UUID id, Model model) {
        // An attachment refused on the way here comes back as a flash attribute, to show beside its field.
        var errors = model.getAttribute("errors") instanceof Map<?, ?> flashed ? (Map<String, String>) flashed
                : Map.<String, String>of();
        return show(id, null, ProtectionForm.EMPTY, emptyPreliminary(), errors, model);
    }

    /** One protection assessment for every child still without one: the same answer and reasoning for each. */
    @PostMapping("/anmalningar/{id}/skyddsbedomning")
    String protectionForAll(@PathVariable UUID id, ProtectionForm form, Model model, RedirectAttributes redirect) {
        Boolean needed = form.immediateProtectionNeeded() == null || form.immediateProtectionNeeded().isBlank() ? null
                : Boolean.valueOf(form.immediateProtectionNeeded());
        return PageForm.attempt(() -> joint.assessProtection(id, needed, form.reasoning()))
                .fieldsOnPage(field -> field.equals("reasoning") ? "alla-protectionReasoning" : "alla-" + field)
                .conflictBeside("alla-immediateProtectionNeeded")
                .submit(assessed -> PageForm.redirectSaying(redirect, "/anmalningar/" + id + "#alla-barnen",
                                "protection.saved.all", assessed.size()),
                        errors -> {
                            model.addAttribute("jointProtectionForm", form);
                            return show(id, null, ProtectionForm.EMPTY, emptyPreliminary(), errors, model);
                        });
    }

    /** The preliminary assessment of every child that waits for one, each child's outcome its own. */
    @PostMapping("/anmalningar/{id}/forhandsbedomning")
    String preliminaryForAll(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
                             RedirectAttributes redirect) {
        JointPreliminaryForm form = new JointPreliminaryForm(fields);
        return PageForm.attempt(() -> joint.assessPreliminary(id, i -> form.input(i + 1)))
                .fieldsOnPage(JointPreliminaryForm::pageField)
                .conflictBeside("alla-reasoning")
                .submit(assessed -> PageForm.redirectSaying(redirect, "/anmalningar/" + id + "#alla-barnen",
                                "preliminary.saved.all", assessed.size()),
                        errors -> {
                            model.addAttribute("jointPreliminaryForm", form);
                            return show(id, null, ProtectionForm.EMPTY, emptyPreliminary(), errors, model);
                        });
    }

    @PostMapping("/anmalningar/{id}/barn/{childId}/skyddsbedomning")
    String protection(@PathVariable UUID id, @PathVariable UUID childId, ProtectionForm form, Model model, RedirectAttributes redirect) {
        Boolean needed = form.immediateProtectionNeeded() == null || form.immediateProtectionNeeded().isBlank() ? null
                : Boolean.valueOf(form.immediateProtectionNeeded());
        return PageForm.attempt(() -> reports.assessProtection(id, childId, needed, form.reasoning()))
                // Both forms of a child have a reasoning field; the protection one has its own id on the page.
                .fieldsOnPage(field -> field.equals("reasoning") ? "protectionReasoning" : field)
                .conflictBeside("immediateProtectionNeeded")
                .submit(assessed -> PageForm.redirectSaying(redirect, "/anmalningar/" + id + "#barn-" + childId,
                                "protection.saved"),
                        errors -> show(id, childId, form, emptyPreliminary(), errors, model));
    }

    @PostMapping("/anmalningar/{id}/barn/{childId}/forhandsbedomning")
    String preliminary(@PathVariable UUID id, @PathVariable UUID childId, PreliminaryForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> reports.assessPreliminary(id, childId, new PreliminaryAssessmentInput(
                        form.outcome(), form.level(), form.decidedOn(), form.openIntervention(), form.referral(),
                        form.transferredTo(), form.reasoning())))
                .fieldsOnPage(form::pageField)
                .conflictBeside("outcome")
                .submit(assessed -> PageForm.redirectSaying(redirect, "/anmalningar/" + id + "#barn-" + childId,
                                "preliminary.saved"),
                        errors -> show(id, childId, ProtectionForm.EMPTY, form, errors, model));
    }

    /** The page; {@code typedFor} is the child whose form came back with errors, the others start empty. */
    private String show(UUID id, UUID typedFor, ProtectionForm protection, PreliminaryForm preliminary,
                        Map<String, String> errors, Model model) {
        Report report = reports.get(id);
        LocalDateTime received = LocalDateTime.ofInstant(report.receivedAt(), clock.getZone());
        LocalDate today = LocalDate.now(clock);
        List<Report.Child> parts = report.children();
        List<ChildView> children = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Report.Child part = parts.get(i);
            Deadline protectionDue = Deadline.protectionAssessment(received);
            Deadline preliminaryDue = Deadline.preliminaryAssessment(received.toLocalDate());
            children.add(new ChildView(i + 1, part, people.get(part.childId()),
                    reports.protection(id, part.childId()).orElse(null),
                    reports.preliminary(id, part.childId())
                            .map(a -> IntakeApi.PreliminaryJson.of(a, reports.referrals(id, part.childId())))
                            .orElse(null),
                    protectionDue, protectionDue.status(today), preliminaryDue, preliminaryDue.status(today)));
        }
        model.addAttribute("report", report);
        // Siblings' assessments typed once, when two or more children wait for the same step and all are shown.
        model.addAttribute("jointProtection", !report.partial()
                && children.stream().filter(c -> c.protection() == null).count() > 1);
        model.addAttribute("jointPreliminary", !report.partial() && report.kind() != ReportKind.APPLICATION
                && children.stream().filter(c -> c.protection() != null && c.preliminary() == null).count() > 1);
        if (!model.containsAttribute("jointProtectionForm")) {
            model.addAttribute("jointProtectionForm", ProtectionForm.EMPTY);
        }
        if (!model.containsAttribute("jointPreliminaryForm")) {
            model.addAttribute("jointPreliminaryForm", JointPreliminaryForm.EMPTY);
        }
        model.addAttribute("received", received);
        model.addAttribute("children", children);
        model.addAttribute("typedFor", typedFor);
        model.addAttribute("protectionForm", protection);
        model.addAttribute("preliminaryForm", preliminary);
        model.addAttribute("errors", errors);
        model.addAttribute("errorPrefix", children.stream().filter(c -> c.part().childId().equals(typedFor))
                .findFirst().map(c -> "c" + c.number() + "-").orElse(""));
        model.addAttribute("outcomes", PreliminaryOutcome.values());
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("today", today);
        model.addAttribute("zone", clock.getZone());
        // A reader of only some of the children sees none of the documents, which may name every child.
        model.addAttribute("attachments", report.partial() ? List.of() : attachments.list(id));
        FeedbackPages.describe(feedback, id, model);
        return "intake/report";
    }

    private static PreliminaryForm emptyPreliminary() {
        return new PreliminaryForm(null, null, null, "", "", "", "", "", "", "");
    }
}
