package se.helhet.intervention;

import java.time.LocalDate;

/** The timeline's Swedish text for one step: "Insats erbjuden: Familjebehandling (2026-11-23)". */
final class InterventionTexts {

    private InterventionTexts() {
    }

    static String step(InterventionState state, String name, LocalDate on, String reason) {
        return "Insats " + state.word() + ": " + name + " (" + on + ")" + (reason == null ? "" : ". Skäl: " + reason);
    }
}
