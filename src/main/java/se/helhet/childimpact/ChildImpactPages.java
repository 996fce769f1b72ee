package se.helhet.childimpact;

import java.time.Clock;
import java.time.LocalDate;
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

import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.PageForm;

/**
 * The joint child impact analysis on a page: the form, opened from a matter of the family, with a row for the
 * decision planned in each of the family's open matters the writer works in, the other open matters to invite, and
 * the joint commission; an analysis as recorded, with the form for an invited matter's part where the reader may
 * write it.
 */
@Controller
class ChildImpactPages {

    /**
     * The form as posted: the rows of consequences as parallel lists, one value per open matter of the family the
     * writer works in; the invited matters as "person/kind".
     */
    record AnalysisForm(String matterId, String childId, String madeOn, List<String> participantIds, String situation,
                        String childViews, String howHeard, List<String> consequenceMatterId,
                        List<String> consequencePlanned, List<String> consequenceText, List<String> invited,
                        String jointAssessment, String providerName, String commissionedOn, String childNeeds,
                        String adultNeeds) {

        ChildImpactRules.AnalysisInput input() {
            List<ChildImpactRules.ConsequenceInput> rows = new ArrayList<>();
            for (int i = 0; consequenceMatterId != null && i < consequenceMatterId.size(); i++) {
                rows.add(new ChildImpactRules.ConsequenceInput(consequenceMatterId.get(i), at(consequencePlanned, i),
                        at(consequenceText, i)));
            }
            List<ChildImpactRules.InvitationInput> invitations = invited == null ? List.of() : invited.stream()
                    .map(v -> v.split("/", 2))
                    .map(parts -> new ChildImpactRules.InvitationInput(parts[0], parts.length > 1 ? parts[1] : ""))
                    .toList();
            return new ChildImpactRules.AnalysisInput(childId, madeOn, participantIds, situation, childViews,
                    howHeard, rows, invitations, jointAssessment, new ChildImpactRules.CommissionInput(providerName,
                    commissionedOn, childNeeds, adultNeeds));
        }

        public boolean invites(FamilyChildren.FamilyMatter matter) {
            return invited != null && invited.contains(invitation(matter));
        }

        public String invitationOf(FamilyChildren.FamilyMatter matter) {
            return invitation(matter);
        }

        public String at(List<String> values, int row) {
            return values == null || row >= values.size() ? "" : values.get(row);
        }

        /** How an invited matter is posted: by person and kind, never by the matter's id. */
        public static String invitation(FamilyChildren.FamilyMatter matter) {
            return matter.personId() + "/" + matter.kind().name();
        }
    }

    /** An invited matter's part as typed on the analysis page. */
    record PartForm(String plannedDecision, String consequence) {
    }

    private final ChildImpactAnalyses analyses;
    private final Matters matters;
    private final People people;
    private final Clock clock;

    ChildImpactPages(ChildImpactAnalyses analyses, Matters matters, People people, Clock clock) {
        this.analyses = analyses;
        this.matters = matters;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/barnkonsekvensanalyser/ny")
    String form(@RequestParam UUID matterId, Model model) {
        Matter matter = matters.get(matterId);
        ChildImpactAnalyses.FormFamily around = analyses.formFamily(matter);
        List<UUID> children = around.children();
        AnalysisForm form = new AnalysisForm(matterId.toString(), children.isEmpty() ? "" : children.getFirst().toString(),
                LocalDate.now(clock).toString(), around.all().stream().filter(m -> m.workerId() != null)
                .map(m -> m.workerId().toString()).distinct().toList(), "", "", "",
                around.own().stream().map(m -> m.id().toString()).toList(), List.of(), List.of(),
                around.others().stream().map(AnalysisForm::invitation).toList(), "", "",
                LocalDate.now(clock).toString(), "", "");
        return page(matter, around, form, Map.of(), model);
    }

    @PostMapping("/barnkonsekvensanalyser")
    String record(AnalysisForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> analyses.record(form.input()))
                .fieldsOnPage(field -> field.replaceAll("^consequences\\[(\\d+)]\\.(\\w+)$", "consequence$1-$2")
                        .replaceAll("^invited\\[\\d+]\\.\\w+$", "invited")
                        .replace("commission.", ""))
                .submit(a -> PageForm.redirectSaying(redirect, "/barnkonsekvensanalyser/" + a.id(),
                                "childImpact.recorded"),
                        errors -> {
                            Matter matter = matters.get(UUID.fromString(form.matterId()));
                            return page(matter, analyses.formFamily(matter), form, errors, model);
                        });
    }

    @GetMapping("/barnkonsekvensanalyser/{id}")
    String analysis(@PathVariable UUID id, Model model) {
        return analysisPage(analyses.get(id), null, new PartForm("", ""), Map.of(), model);
    }

    @PostMapping("/barnkonsekvensanalyser/{id}/delar/{matterId}")
    String writePart(@PathVariable UUID id, @PathVariable UUID matterId, PartForm form, Model model,
                     RedirectAttributes redirect) {
        return PageForm.attempt(() -> analyses.writePart(id, matterId,
                        new ChildImpactRules.PartInput(form.plannedDecision(), form.consequence())))
                .fieldsOnPage(field -> "part-" + matterId + "-" + field)
                .submit(a -> PageForm.redirectSaying(redirect, "/barnkonsekvensanalyser/" + id,
                                "childImpact.part.written"),
                        errors -> analysisPage(analyses.get(id), matterId, form, errors, model));
    }

    private String analysisPage(ChildImpactAnalysis analysis, UUID typedFor, PartForm form, Map<String, String> errors,
                                Model model) {
        model.addAttribute("analysis", analysis);
        model.addAttribute("child", people.listed(List.of(analysis.childId()), ChildImpactAnalyses.RECORD)
                .get(analysis.childId()));
        model.addAttribute("typedFor", typedFor);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childimpact/analysis";
    }

    private String page(Matter matter, ChildImpactAnalyses.FormFamily around, AnalysisForm form,
                        Map<String, String> errors, Model model) {
        model.addAttribute("matter", matter);
        model.addAttribute("ownMatters", around.own());
        model.addAttribute("otherMatters", around.others());
        model.addAttribute("familyMatters", around.all());
        var listed = people.listed(java.util.stream.Stream.concat(around.children().stream(),
                around.others().stream().map(FamilyChildren.FamilyMatter::personId)).distinct().toList(),
                ChildImpactAnalyses.RECORD);
        model.addAttribute("children", around.children().stream().filter(listed::containsKey).map(listed::get)
                .toList());
        model.addAttribute("names", listed);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childimpact/form";
    }
}
