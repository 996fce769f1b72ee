package se.helhet.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.consent.ConsentScope;
import se.helhet.consent.Consents;
import se.helhet.instrument.InstrumentAdministrations;
import se.helhet.instrument.ItemTexts;
import se.helhet.instrument.TimePoint;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.PageForm;

/**
 * Everything the outcome tab shows, for the controllers whose forms are on it: each form empty with sensible
 * defaults, or as typed with its errors when it was the one refused.
 */
@Component
class OutcomeTab {

    private final Consents consents;
    private final SchoolOutcomes schoolOutcomes;
    private final CoordinatedSupport support;
    private final MatterInstruments instruments;
    private final InstrumentAdministrations administrations;
    private final ItemTexts itemTexts;
    private final Matters matters;
    private final People people;
    private final Clock clock;

    OutcomeTab(Consents consents, SchoolOutcomes schoolOutcomes, CoordinatedSupport support,
               MatterInstruments instruments, InstrumentAdministrations administrations, ItemTexts itemTexts,
               Matters matters, People people, Clock clock) {
        this.consents = consents;
        this.schoolOutcomes = schoolOutcomes;
        this.support = support;
        this.instruments = instruments;
        this.administrations = administrations;
        this.itemTexts = itemTexts;
        this.matters = matters;
        this.people = people;
        this.clock = clock;
    }

    static String done(UUID matterId, String anchor, RedirectAttributes redirect, String messageKey,
                       Object... arguments) {
        return PageForm.redirectSaying(redirect, "/arenden/" + matterId + "/utfall#" + anchor, messageKey, arguments);
    }

    String page(UUID matterId, Refused refused, Model model) {
        Matter matter = matters.get(matterId);
        LocalDate today = LocalDate.now(clock);
        List<SchoolOutcome> school = schoolOutcomes.forMatter(matter);
        // The follow-up is offered once the matter is closed; the page says from when.
        List<TimePoint> missing = Arrays.stream(TimePoint.values())
                .filter(t -> school.stream().noneMatch(s -> s.timePoint() == t))
                .filter(t -> t != TimePoint.FOLLOW_UP || !matter.open()).toList();
        List<InstrumentSeries> series = instruments.forMatter(matter);
        boolean mayWork = mayWork(matterId);
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.get(matter.personId()));
        model.addAttribute("activeConsent",
                consents.inForce(matter.personId(), matter.unitId(), ConsentScope.SCHOOL_OUTCOMES).orElse(null));
        model.addAttribute("school", SchoolChange.of(school));
        model.addAttribute("missingTimePoints", missing);
        model.addAttribute("followUpDueOn", schoolOutcomes.followUpDueOn(matter));
        model.addAttribute("instruments", series);
        model.addAttribute("supportAnswers", support.forMatter(matter));
        model.addAttribute("questions", IntStream.rangeClosed(1, CoordinatedSupport.QUESTIONS)
                .boxed().toList());
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("today", today);
        Refused shown = refused == null ? Refused.NONE : refused;
        model.addAttribute("refused", shown);
        model.addAttribute("errors", shown.errors());
        model.addAttribute("schoolForm", typed(refused, "school", new OutcomePages.SchoolForm(
                missing.isEmpty() ? "" : missing.getFirst().name(), schoolOutcomes.currentTerm(), "", "", "", "",
                today.toString())));
        model.addAttribute("childForm", typed(refused, "support-CHILD",
                new OutcomePages.SupportForm("CHILD", today.toString(), null, null, null, null, null)));
        model.addAttribute("guardianForm", typed(refused, "support-GUARDIAN",
                new OutcomePages.SupportForm("GUARDIAN", today.toString(), null, null, null, null, null)));
        instrumentForms(matter, series, refused, mayWork, today, model);
        return "outcome/tab";
    }

    private void instrumentForms(Matter matter, List<InstrumentSeries> series, Refused refused, boolean mayWork,
                                 LocalDate today, Model model) {
        boolean mayRecord = mayWork && administrations.mayRecord();
        model.addAttribute("mayRecordInstruments", mayRecord);
        if (!mayRecord) {
            return;
        }
        SdqForm sdq = typed(refused, "sdq", SdqForm.empty(next(series, matter, "SDQ", "PARENT"), today.toString()));
        model.addAttribute("sdqForm", sdq);
        model.addAttribute("sdqTexts", itemTexts.forForm("SDQ",
                sdq.informant().matches("PARENT|TEACHER|SELF") ? sdq.informant() : "PARENT"));
        model.addAttribute("sdqItems", IntStream.rangeClosed(1, SdqForm.ITEMS).boxed().toList());
        // As for school data: the follow-up is a time after the matter closed.
        model.addAttribute("instrumentTimePoints", Arrays.stream(TimePoint.values())
                .filter(t -> t != TimePoint.FOLLOW_UP || !matter.open()).toList());
        model.addAttribute("licensedForms", List.of("ESTER", "HOME").stream()
                .map(code -> typed(refused, "licensed-" + code,
                        LicensedForm.empty(code, next(series, matter, code, null), today.toString())))
                .toList());
    }

    /** The first time point the child's series has not reached: what the worker most likely records next. */
    private static String next(List<InstrumentSeries> series, Matter matter, String instrument, String informant) {
        List<TimePoint> given = series.stream()
                .filter(s -> s.child() && s.instrument().equals(instrument)
                        && (informant == null || s.informant() != null && s.informant().name().equals(informant)))
                .flatMap(s -> s.points().stream()).map(InstrumentSeries.Point::timePoint).toList();
        return Arrays.stream(TimePoint.values()).filter(t -> !given.contains(t))
                .filter(t -> t != TimePoint.FOLLOW_UP || !matter.open())
                .findFirst().orElse(TimePoint.START).name();
    }

    @SuppressWarnings("unchecked")
    private static <T> T typed(Refused refused, String form, T empty) {
        return refused != null && refused.form().equals(form) ? (T) refused.typed() : empty;
    }

    private boolean mayWork(UUID matterId) {
        try {
            matters.workable(matterId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
