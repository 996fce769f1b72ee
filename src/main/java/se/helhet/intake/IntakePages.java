package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.draft.Drafts;
import se.helhet.platform.PageForm;

/** Registering a report on one screen, and the receiving function's worklist. */
@Controller
class IntakePages {

    /** The report as typed; every value comes back to the form when something is wrong. */
    record ReportForm(String kind, String receivedAt, String reporterCategory, Boolean anonymous,
                      String reporterName, String reporterOrganisation, String reporterContact,
                      List<String> concernReasons, String description, String children) {

        public List<String> reasons() {
            return concernReasons == null ? List.of() : concernReasons;
        }
    }

    /** The draft key of this form; the template sends what is typed to /utkast/{key}. */
    static final String DRAFT = "intake/new-report";

    private final Reports reports;
    private final IntakeWorklist worklist;
    private final ChildLines childLines;
    private final Drafts drafts;
    private final Clock clock;

    IntakePages(Reports reports, IntakeWorklist worklist, ChildLines childLines, Drafts drafts,
                Clock clock) {
        this.drafts = drafts;
        this.reports = reports;
        this.worklist = worklist;
        this.childLines = childLines;
        this.clock = clock;
    }

    /** The form, resumed from the user's draft when there is one: nothing typed is lost. */
    @GetMapping("/anmalningar/ny")
    String newReport(Model model) {
        var draft = drafts.find(DRAFT);
        if (draft.isPresent()) {
            var d = draft.get();
            model.addAttribute("draftResumed", LocalDateTime.ofInstant(d.savedAt(), clock.getZone())
                    .truncatedTo(ChronoUnit.MINUTES));
            var form = new ReportForm(d.value("kind"), d.value("receivedAt"), d.value("reporterCategory"),
                    "true".equals(d.value("anonymous")), d.value("reporterName"), d.value("reporterOrganisation"),
                    d.value("reporterContact"), d.values("concernReasons"), d.value("description"), d.value("children"));
            return form(form, childLines.resolve(form.children()), Map.of(), model);
        }
        String now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString();
        var form = new ReportForm(ReportKind.CONCERN_REPORT.name(), now, "", false, "", "", "", List.of(), "", "");
        return form(form, List.of(), Map.of(), model);
    }

    @PostMapping("/anmalningar")
    String register(ReportForm form, Model model, RedirectAttributes redirect) {
        List<ChildLines.Line> lines = childLines.resolve(form.children());
        String lineProblems = ChildLines.problems(lines);
        // With an unresolved line no child is passed on: the service then refuses, naming every other mistake too.
        var children = lineProblems == null ? ChildLines.childIds(lines) : List.<java.util.UUID>of();
        return PageForm.attempt(() -> reports.register(new NewReport(form.kind(), form.receivedAt(),
                        form.reporterCategory(), Boolean.TRUE.equals(form.anonymous()), form.reporterName(),
                        form.reporterOrganisation(), form.reporterContact(), children, form.reasons(),
                        form.description())))
                .fieldsOnPage(field -> field.equals("childIds") ? "children" : field)
                .submit(report -> {
                    drafts.close(DRAFT);
                    return PageForm.redirectSaying(redirect, "/anmalningar/" + report.id(), "report.registered");
                }, errors -> {
                    Map<String, String> shown = new LinkedHashMap<>(errors);
                    if (lineProblems != null) {
                        shown.put("children", lineProblems);
                    }
                    return form(form, lines, shown, model);
                });
    }

    /** What htmx swaps in under the children field while the worker types. */
    @GetMapping("/anmalningar/barn")
    String children(@RequestParam(name = "children", required = false) String children, Model model) {
        model.addAttribute("lines", childLines.resolve(children));
        return "intake/children :: preview";
    }

    /** How many waiting steps a page of the worklist shows. */
    static final int WORKLIST_PAGE = 50;

    @GetMapping("/mottagning")
    String worklist(@RequestParam(name = "efter", required = false) String after, Model model) {
        IntakeWorklist.Page page = worklist.page(after, WORKLIST_PAGE);
        model.addAttribute("items", page.items());
        model.addAttribute("page", page);
        model.addAttribute("continued", after != null);
        model.addAttribute("zone", clock.getZone());
        return "intake/worklist";
    }

    private String form(ReportForm form, List<ChildLines.Line> lines, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("categories", ReporterCategory.values());
        model.addAttribute("reasons", ConcernReason.values());
        return "intake/new";
    }
}
