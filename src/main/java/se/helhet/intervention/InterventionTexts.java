package se.helhet.intervention;

import java.time.LocalDate;

import se.helhet.platform.UserTexts;

/** The timeline's text for one step, "Insats erbjuden: Familjebehandling (2026-11-23)", in the reader's language. */
final class InterventionTexts {

    private InterventionTexts() {
    }

    static String step(InterventionState state, String name, LocalDate on, String reason) {
        String step = UserTexts.text("intervention.timeline." + state.name(), name, on.toString());
        return reason == null ? step : UserTexts.text("intervention.timeline.reason", step, reason);
    }
}
