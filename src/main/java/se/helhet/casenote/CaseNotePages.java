package se.helhet.casenote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import se.helhet.draft.Drafts;
import se.helhet.platform.PageForm;
import se.helhet.platform.NotFoundException;

/** The matter's case notes: the list, a form for a new note, and the author's drafts to change and sign. */
@Controller
@se.helhet.matter.CaseFileTab(path = "anteckningar", label = "casefile.nav.notes", order = 30)
class CaseNotePages {

    /** The note form as typed; every value comes back to the form when something is wrong. */
    record NoteForm(String type, String occurredOn, String minutesSpent, String text, String childInformed,
                    String childViews, String noConversationReason, String schoolName, Integer version) {

        /** An empty form, its type chosen when a link named one (null: none). */
        static NoteForm empty(LocalDate today, String type) {
            return new NoteForm(type, today.toString(), "", "", null, "", "", "", null);
        }

        static NoteForm of(CaseNote n) {
            return new NoteForm(n.type().name(), n.occurredOn().toString(), String.valueOf(n.minutesSpent()), n.text(),
                    n.childInformed() == null ? null : n.childInformed().toString(), n.childViews(),
                    n.noConversationReason(), n.schoolName(), n.version());
        }

        CaseNoteInput input() {
            return new CaseNoteInput(type, occurredOn, minutesSpent, text, childInformed, childViews,
                    noConversationReason, schoolName);
        }
    }

    private final CaseNotes notes;
    private final Matters matters;
    private final People people;
    private final MessageSource messages;
    private final Drafts drafts;
    private final Clock clock;

    CaseNotePages(CaseNotes notes, Matters matters, People people, MessageSource messages, Drafts drafts, Clock clock) {
        this.drafts = drafts;
        this.notes = notes;
        this.matters = matters;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The list and the new-note form, resumed from the author's draft when there is one. A link for a kind of note
     * ("Skriv en anteckning om samtalet") names it in {@code typ}, chosen in the form; {@code tillbaka} is the page
     * to return to once the note is signed.
     */
    @GetMapping("/arenden/{matterId}/anteckningar")
    String list(@PathVariable UUID matterId, @RequestParam(name = "typ", required = false) String type,
                @RequestParam(name = "tillbaka", required = false) String back, Model model) {
        model.addAttribute("back", Back.of(back).map(Back::slug).orElse(null));
        String linked = type == null ? null : java.util.Arrays.stream(CaseNoteType.values()).map(Enum::name)
                .filter(type::equals).findFirst().orElse(null);
        var draft = drafts.find(draftKey(matterId));
        if (draft.isPresent()) {
            var d = draft.get();
            model.addAttribute("draftResumed", java.time.LocalDateTime.ofInstant(d.savedAt(), clock.getZone())
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            String typed = d.value("type") == null || d.value("type").isBlank() ? linked : d.value("type");
            return list(matterId, new NoteForm(typed, d.value("occurredOn"), d.value("minutesSpent"),
                    d.value("text"), d.value("childInformed"), d.value("childViews"), d.value("noConversationReason"),
                    d.value("schoolName"), null), Map.of(), model);
        }
        return list(matterId, NoteForm.empty(LocalDate.now(clock), linked), Map.of(), model);
    }

    /** The new-note form's draft, one per matter and author: the template sends what is typed there. */
    static String draftKey(UUID matterId) {
        return "casenote/new/" + matterId;
    }

    /** Where a signed note sends its writer back to: the page whose link led to the note, named by its slug. */
    enum Back {
        INVESTIGATION("utredning", "/utredning#kontakter");

        private final String slug;
        private final String path;

        Back(String slug, String path) {
            this.slug = slug;
            this.path = path;
        }

        String slug() {
            return slug;
        }

        static java.util.Optional<Back> of(String slug) {
            return java.util.Arrays.stream(values()).filter(b -> b.slug.equals(slug)).findFirst();
        }
    }

    /**
     * A new note, saved as a draft, or signed at once with the button "Spara och signera"; a signed note sends its
     * writer back to the page the note was started from ({@code tillbaka}), where the next step is.
     */
    @PostMapping("/arenden/{matterId}/anteckningar")
    String write(@PathVariable UUID matterId, NoteForm form, @RequestParam(name = "signera", required = false) String sign,
                 @RequestParam(name = "tillbaka", required = false) String back, Model model, RedirectAttributes redirect) {
        boolean signNow = "ja".equals(sign);
        return PageForm.attempt(() -> signNow ? notes.writeAndSign(matterId, form.input())
                        : notes.write(matterId, form.input()))
                .submit(note -> {
                    drafts.close(draftKey(matterId));
                    String here = "/arenden/" + matterId + "/anteckningar#anteckning-" + note.id();
                    if (!signNow) {
                        return PageForm.redirectSaying(redirect, here, "casenote.saved");
                    }
                    return PageForm.redirectSaying(redirect, Back.of(back).map(b -> "/arenden/" + matterId + b.path)
                            .orElse(here), "casenote.savedAndSigned");
                }, errors -> {
                    model.addAttribute("back", Back.of(back).map(Back::slug).orElse(null));
                    return list(matterId, form, errors, model);
                });
    }

    @GetMapping("/arenden/{matterId}/anteckningar/{id}/andra")
    String edit(@PathVariable UUID matterId, @PathVariable UUID id, Model model, Locale locale,
                RedirectAttributes redirect) {
        CaseNote note = note(matterId, id);
        if (note.signed()) {
            redirect.addFlashAttribute("problem", messages.getMessage("casenote.alreadySigned", null, locale));
            return "redirect:/arenden/" + matterId + "/anteckningar#anteckning-" + id;
        }
        if (!notes.isOwnDraft(note)) {
            throw new AccessDeniedException("Only the author changes a draft");
        }
        return edit(matterId, note, NoteForm.of(note), Map.of(), null, model);
    }

    @PostMapping("/arenden/{matterId}/anteckningar/{id}")
    String revise(@PathVariable UUID matterId, @PathVariable UUID id, NoteForm form, Model model,
                  RedirectAttributes redirect) {
        CaseNote note = note(matterId, id);
        return PageForm.attempt(() -> notes.revise(id, form.version(), form.input()))
                // The typed text stays on the page: the writer copies it before reloading.
                .onConflict(conflict -> edit(matterId, note, form, Map.of(), conflict, model))
                .submit(revised -> PageForm.redirectSaying(redirect,
                                "/arenden/" + matterId + "/anteckningar#anteckning-" + id, "casenote.revised"),
                        errors -> edit(matterId, note, form, errors, null, model));
    }

    @PostMapping("/arenden/{matterId}/anteckningar/{id}/signera")
    String sign(@PathVariable UUID matterId, @PathVariable UUID id, Integer version,
                RedirectAttributes redirect) {
        note(matterId, id);
        String here = "/arenden/" + matterId + "/anteckningar#anteckning-" + id;
        return PageForm.attempt(() -> notes.sign(id, version))
                .onConflict(problem -> PageForm.problem(redirect, problem, here))
                .submit(signed -> PageForm.redirectSaying(redirect, here, "casenote.signed"));
    }

    @PostMapping("/arenden/{matterId}/anteckningar/{id}/rattelse")
    String correct(@PathVariable UUID matterId, @PathVariable UUID id, RedirectAttributes redirect) {
        note(matterId, id);
        return PageForm.attempt(() -> notes.correct(id))
                .onConflict(problem -> PageForm.problem(redirect, problem,
                        "/arenden/" + matterId + "/anteckningar#anteckning-" + id))
                .submit(correction -> PageForm.redirectSaying(redirect,
                        "/arenden/" + matterId + "/anteckningar/" + correction.id() + "/andra",
                        "casenote.correction.started"));
    }

    private String list(UUID matterId, NoteForm form, Map<String, String> errors, Model model) {
        model.addAttribute("notes", notes.forMatter(matterId));
        model.addAttribute("mayWrite", notes.mayWrite(matterId));
        return page(matterId, form, errors, model, "casenote/list");
    }

    private String edit(UUID matterId, CaseNote note, NoteForm form, Map<String, String> errors, String conflict,
                        Model model) {
        model.addAttribute("note", note);
        model.addAttribute("conflict", conflict);
        return page(matterId, form, errors, model, "casenote/edit");
    }

    private String page(UUID matterId, NoteForm form, Map<String, String> errors, Model model, String view) {
        Matter matter = matters.get(matterId);
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.get(matter.personId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", CaseNoteType.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return view;
    }

    /** The note, read with its access check, and only under the matter the address names. */
    private CaseNote note(UUID matterId, UUID id) {
        CaseNote note = notes.get(id);
        if (!note.matterId().equals(matterId)) {
            throw new NotFoundException("casenote.notFound.inMatter"
);
        }
        return note;
    }
}
