package se.helhet.survey;

import java.util.List;
import java.util.UUID;

/**
 * The two example questionnaires, in our own words after the yearly surveys of a family-oriented pilot:
 * parents on whether the family is seen as a whole, and staff on working together around a family.
 */
final class DemoQuestions {

    private static final List<String> OFTEN = List.of("Aldrig", "Sällan", "Ibland", "Ofta", "Alltid");

    static final List<Question> PARENTS = List.of(
            likert(1, "hela-familjen", "Tar socialtjänsten hänsyn till hela familjens situation, inte bara till en person i taget?",
                    NewQuestion.usualLabels()),
            likert(2, "samordnat-vuxen-barn", "Arbetar de som har kontakt med dig och med ditt barn samordnat?",
                    NewQuestion.usualLabels()),
            likert(3, "tydligt-ansvar", "Vet du vilken handläggare som ansvarar för vad i familjens kontakter med socialtjänsten?",
                    List.of("Inte alls", "Knappast", "Delvis", "Till stor del", "Helt och hållet")),
            text(4, "battre-kontakt", "Vad skulle göra kontakten med socialtjänsten bättre för er familj?"));

    static final List<Question> STAFF = List.of(
            likert(1, "andra-enheter", "Har familjerna du möter också kontakt med andra handläggare eller utförare inom avdelningen?", OFTEN),
            likert(2, "radgor-kollega", "Rådgör du med den andra handläggaren innan du bestämmer något som rör familjen?", OFTEN),
            likert(3, "traffar-tillsammans", "Träffar ni familjen tillsammans när flera enheter arbetar med den?", OFTEN),
            likert(4, "planerar-utredning", "Planerar ni utredningarna gemensamt när flera utreder i samma familj?", OFTEN),
            likert(5, "barnkonsekvensanalys", "Gör ni en barnkonsekvensanalys när ett beslut om en vuxen påverkar ett barn?", OFTEN),
            likert(6, "gemensam-bedomning", "Gör ni en gemensam bedömning av vad familjen behöver?", OFTEN),
            likert(7, "gemensamt-uppdrag", "Formulerar ni uppdraget till utföraren tillsammans?", OFTEN),
            text(8, "svart-att-samordna", "Vad gör det svårt att arbeta samordnat kring en familj?"));

    private DemoQuestions() {
    }

    private static Question likert(int position, String key, String text, List<String> labels) {
        return new Question(UUID.nameUUIDFromBytes(key.getBytes()), position, key, QuestionKind.LIKERT, text, labels);
    }

    private static Question text(int position, String key, String text) {
        return new Question(UUID.nameUUIDFromBytes(key.getBytes()), position, key, QuestionKind.FREE_TEXT, text, List.of());
    }
}
