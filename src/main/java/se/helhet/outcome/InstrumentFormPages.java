package se.helhet.outcome;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.instrument.InstrumentAdministrations;
import se.helhet.matter.Matters;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;

/**
 * Recording an instrument for the matter's child on the outcome tab: the SDQ with its answers, ESTER and HOME
 * with their scores. They are stored by the instrument module's service, with the same rules, access checks
 * and access log as the API; a refused form comes back with every answer kept and the errors beside them.
 */
@Controller
class InstrumentFormPages {

    private final InstrumentAdministrations administrations;
    private final Matters matters;
    private final OutcomeTab tab;

    InstrumentFormPages(InstrumentAdministrations administrations, Matters matters, OutcomeTab tab) {
        this.administrations = administrations;
        this.matters = matters;
        this.tab = tab;
    }

    /** The SDQ form as typed, for another informant: htmx swaps in that form's item texts, the answers kept. */
    @GetMapping("/arenden/{matterId}/utfall/sdq")
    String sdqFor(@PathVariable UUID matterId, @RequestParam Map<String, String> fields, Model model) {
        return tab.page(matterId, new Refused("sdq", SdqForm.of(fields), Map.of()), model);
    }

    @PostMapping("/arenden/{matterId}/utfall/sdq")
    String recordSdq(@PathVariable UUID matterId, @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        SdqForm form = SdqForm.of(fields);
        return PageForm.attempt(() -> administrations.record(matters.get(matterId).personId(), form.input(matterId)))
                .submit(stored -> {
                    Integer total = stored.scores().get("totalDifficulties");
                    return OutcomeTab.done(matterId, "instrument", redirect,
                            total == null ? "outcome.sdq.recordedNoTotal" : "outcome.sdq.recorded", total);
                }, errors -> tab.page(matterId, new Refused("sdq", form, SdqForm.errors(errors)), model));
    }

    @PostMapping("/arenden/{matterId}/utfall/licensierat/{instrument}")
    String recordLicensed(@PathVariable UUID matterId, @PathVariable String instrument,
                          @RequestParam Map<String, String> fields, Model model,
                          RedirectAttributes redirect) {
        if (!LicensedForm.SCORES.containsKey(instrument)) {
            throw new NotFoundException("outcome.licensed.notHere", instrument);
        }
        LicensedForm form = LicensedForm.of(instrument, fields);
        return PageForm.attempt(() -> administrations.record(matters.get(matterId).personId(), form.input(matterId)))
                .submit(stored -> OutcomeTab.done(matterId, "instrument", redirect, "outcome.licensed.recorded",
                                instrument),
                        errors -> tab.page(matterId, new Refused("licensed-" + instrument, form, form.errors(errors)),
                                model));
    }
}
