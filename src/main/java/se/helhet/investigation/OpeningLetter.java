package se.helhet.investigation;

import java.time.LocalDate;
import java.util.List;

import se.helhet.letter.Letter;
import se.helhet.platform.UserTexts;

/**
 * The letter telling the family that an investigation has begun: what it is for, what happens now, how long it
 * may take, that they read it before anything is decided, and that they may ask.
 */
final class OpeningLetter {

    private OpeningLetter() {
    }

    static Letter content(String childName, List<String> addressees, LocalDate openedOn, LocalDate due, String from) {
        return new Letter(sv("investigation.opening-letter.title"), openedOn, addressees, List.of(
                Letter.Section.of(null, sv("investigation.opening-letter.intro", childName)),
                Letter.Section.of(sv("investigation.opening-letter.next.heading"),
                        sv("investigation.opening-letter.next", childName)),
                Letter.Section.of(sv("investigation.opening-letter.time.heading"),
                        sv("investigation.opening-letter.time", due.toString())),
                Letter.Section.of(sv("investigation.opening-letter.read.heading"), sv("investigation.opening-letter.read")),
                Letter.Section.of(sv("investigation.opening-letter.questions.heading"),
                        sv("investigation.opening-letter.questions"))),
                sv("investigation.opening-letter.basis"),
                List.of(sv("investigation.letter.regards"), from, sv("investigation.letter.social-services")));
    }

    /** The letter goes to the family in Swedish, whatever language the worker's page is in. */
    private static String sv(String key, Object... args) {
        return UserTexts.text(UserTexts.SWEDISH, key, args);
    }
}
