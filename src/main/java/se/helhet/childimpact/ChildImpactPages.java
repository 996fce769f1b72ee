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
 * decision planned in each of the family's open matters and the joint commission; and an analysis as recorded.
 */
@Controller
class ChildImpactPages {

    /** The form as posted: the rows of consequences as parallel lists, one value per open matter of the family. */
    record AnalysisForm(String matterId, String childId, String madeOn, List<String> participantIds, String situation,
                        String childViews, String howHeard, List<String> consequenceMatterId,
                        List<String> consequencePlanned, List<String> consequenceText, String jointAssessment,
                        String providerName, String commissionedOn, String childNeeds, String adultNeeds) {

        ChildImpactRules.AnalysisInput input() {
            List<ChildImpactRules.ConsequenceInput> rows = new ArrayList<>();
            for (int i = 0; consequenceMatterId != null && i < consequenceMatterId.size(); i++) {
                rows.add(new ChildImpactRules.ConsequenceInput(consequenceMatterId.get(i), at(consequencePlanned, i),
                        at(consequenceText, i)));
            }
            return new ChildImpactRules.AnalysisInput(childId, madeOn, participantIds, situation, childViews,
                    howHeard, rows, jointAssessment, new ChildImpactRules.CommissionInput(providerName,
                    commissionedOn, childNeeds, adultNeeds));
        }

        public String at(List<String> values, int row) {
            return values == null || row >= values.size() ? "" : values.get(row);
        }
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
        List<FamilyChildren.FamilyMatter> open = around.matters();
        List<UUID> children = around.children();
        AnalysisForm form = new AnalysisForm(matterId.toString(), children.isEmpty() ? "" : children.getFirst().toString(),
                LocalDate.now(clock).toString(), open.stream().filter(m -> m.workerId() != null)
                .map(m -> m.workerId().toString()).distinct().toList(), "", "", "",
                open.stream().map(m -> m.id().toString()).toList(), List.of(), List.of(), "", "",
                LocalDate.now(clock).toString(), "", "");
        return page(matter, open, children, form, Map.of(), model);
    }

    @PostMapping("/barnkonsekvensanalyser")
    String record(AnalysisForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> analyses.record(form.input()))
                .fieldsOnPage(field -> field.replaceAll("^consequences\\[(\\d+)]\\.(\\w+)$", "consequence$1-$2")
                        .replace("commission.", ""))
                .submit(a -> PageForm.redirectSaying(redirect, "/barnkonsekvensanalyser/" + a.id(),
                                "childImpact.recorded"),
                        errors -> {
                            Matter matter = matters.get(UUID.fromString(form.matterId()));
                            ChildImpactAnalyses.FormFamily around = analyses.formFamily(matter);
                            return page(matter, around.matters(), around.children(), form, errors, model);
                        });
    }

    @GetMapping("/barnkonsekvensanalyser/{id}")
    String analysis(@PathVariable UUID id, Model model) {
        ChildImpactAnalysis analysis = analyses.get(id);
        model.addAttribute("analysis", analysis);
        model.addAttribute("child", people.listed(List.of(analysis.childId()), ChildImpactAnalyses.RECORD)
                .get(analysis.childId()));
        return "childimpact/analysis";
    }

    private String page(Matter matter, List<FamilyChildren.FamilyMatter> open, List<UUID> children,
                        AnalysisForm form, Map<String, String> errors, Model model) {
        model.addAttribute("matter", matter);
        model.addAttribute("familyMatters", open);
        var listed = people.listed(children, ChildImpactAnalyses.RECORD);
        model.addAttribute("children", children.stream().filter(listed::containsKey).map(listed::get).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childimpact/form";
    }
}
