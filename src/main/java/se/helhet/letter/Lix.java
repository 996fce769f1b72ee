package se.helhet.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability as LIX (läsbarhetsindex): words per sentence plus the percentage of words longer than six letters.
 * A word is a run of letters or digits ("BBIC-utredning" is two words, "2026-11-23" three); a sentence ends at
 * a full stop, question mark, exclamation mark or colon followed by a space or the end, and at every line break,
 * so that a heading or a signature line counts as a sentence of its own, as a reader meets it.
 */
public record Lix(int words, int sentences, int longWords) {

    /** Above this a text is hard to read for many, and the worker is told so. */
    public static final int HARD = 40;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:](?=\\s|$)|\\R");

    public static Lix of(String text) {
        int words = 0;
        int sentences = 0;
        int longWords = 0;
        for (String sentence : SENTENCE_END.split(text == null ? "" : text)) {
            Matcher word = WORD.matcher(sentence);
            int inSentence = 0;
            while (word.find()) {
                inSentence++;
                if (word.end() - word.start() > 6) {
                    longWords++;
                }
            }
            if (inSentence > 0) {
                words += inSentence;
                sentences++;
            }
        }
        return new Lix(words, sentences, longWords);
    }

    /** The index; a text without words has none, and counts as 0. */
    public double value() {
        return words == 0 ? 0 : (double) words / sentences + 100.0 * longWords / words;
    }

    /** The index as it is shown, a whole number. */
    public int rounded() {
        return (int) Math.round(value());
    }

    public boolean empty() {
        return words == 0;
    }

    public boolean hard() {
        return rounded() > HARD;
    }

    public LixBand band() {
        return LixBand.of(value());
    }
}
