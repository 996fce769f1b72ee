package se.helhet.investigation;

import java.time.LocalDate;
import java.util.List;

import se.helhet.letter.Letter;

/**
 * The letter telling the family that an investigation has begun: what it is for, what happens now, how long it
 * may take, that they read it before anything is decided, and that they may ask.
 */
final class OpeningLetter {

    private OpeningLetter() {
    }

    static Letter content(String childName, List<String> addressees, LocalDate openedOn, LocalDate due, String from) {
        return new Letter("Vi har börjat en utredning", openedOn, addressees, List.of(
                Letter.Section.of(null, "Vi har beslutat att utreda hur " + childName + " har det. Vi vill ta reda "
                        + "på om " + childName + " behöver stöd eller skydd från socialtjänsten. Det betyder inte "
                        + "att vi har bestämt något om er familj."),
                Letter.Section.of("Vad händer nu",
                        "Vi vill träffa er och prata med " + childName + ". Vi kan också behöva prata med andra "
                                + "som känner " + childName + ", till exempel skolan. Vi berättar för er vilka vi "
                                + "vill prata med."),
                Letter.Section.of("Hur lång tid det tar",
                        "Utredningen ska vara klar senast " + due + ". Det är fyra månader från i dag."),
                Letter.Section.of("Ni får läsa utredningen",
                        "Innan vi bestämmer något får ni läsa det vi har skrivit. Ni får säga vad ni tycker, och "
                                + "det skriver vi ner."),
                Letter.Section.of("Frågor", "Ring eller skriv till oss om ni undrar över något. Ni kan också be "
                        + "om tolk.")),
                "Utredningen görs enligt socialtjänstlagen (2025:400).",
                List.of("Med vänlig hälsning", from, "Socialtjänsten"));
    }
}
