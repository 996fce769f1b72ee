package se.helhet.instrument;

import java.time.Instant;
import java.util.List;

/**
 * The licensed item texts loaded for one form, item 1 first; {@code texts} is empty and the loader null when
 * none are loaded, and the form then shows item numbers only.
 */
record FormTexts(InstrumentForm form, String language, List<String> texts, String loadedBy,
                        Instant loadedAt) {

    public FormTexts {
        texts = List.copyOf(texts);
    }

    static FormTexts none(InstrumentForm form) {
        return new FormTexts(form, ItemTexts.LANGUAGE, List.of(), null, null);
    }

    public boolean loaded() {
        return !texts.isEmpty();
    }

    /** The text of question {@code number} (from 1), or null when none is loaded. */
    public String text(int number) {
        return loaded() ? texts.get(number - 1) : null;
    }
}
