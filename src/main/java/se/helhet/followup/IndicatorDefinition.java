package se.helhet.followup;

import static se.helhet.followup.IndicatorUnit.DAYS;
import static se.helhet.followup.IndicatorUnit.SHARE;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every indicator with its definition in words: the denominator, the numerator (or value) and the period
 * rule, as the page shows them. The SQL of each is the method of the same name in {@link IndicatorQueries}.
 */
enum IndicatorDefinition {
    REPORT_CHILD_KNOWN_BEFORE(SHARE, "Barnet var känt sedan tidigare",
            "Nämnare: aktualiseringar (en per berört barn) mottagna under perioden. Täljare: barnet hade en tidigare"
                    + " aktualisering, utredning eller insats före mottagningsdagen. Ankare: mottagningsdagen."),
    REACTUALISED(SHARE, "Återaktualiserade",
            "Nämnare: utredningar inledda under perioden. Täljare: barnet hade en annan utredning avslutad inom 12"
                    + " månader före inledningsdagen. Ankare: inledningsdagen."),
    CLOSED_WITHIN_60_DAYS(SHARE, "Utredningar avslutade inom 60 dagar",
            "Nämnare: utredningar avslutade under perioden. Täljare: avslutade högst 60 dagar efter inledningsdagen."
                    + " Ankare: inledningsdagen."),
    CLOSED_WITHIN_4_MONTHS(SHARE, "Utredningar avslutade inom lagens fyra månader",
            "Nämnare: utredningar avslutade under perioden. Täljare: avslutade senast inledningsdagen plus fyra"
                    + " kalendermånader (31 oktober ger sista februari). Ankare: inledningsdagen."),
    ORANGE_CLOSED_WITHIN_14_DAYS(SHARE, "Orange utredningar avslutade inom 14 dagar",
            "Nämnare: utredningar på orange nivå (nivån när de inleddes) avslutade under perioden. Täljare:"
                    + " avslutade högst 14 dagar efter inledningsdagen. Ankare: inledningsdagen."),
    CHILD_CONVERSATION(SHARE, "Utredningar med samtal med barnet",
            "Nämnare: utredningar avslutade under perioden om barn som var minst 3 år på inledningsdagen. Täljare:"
                    + " minst ett signerat samtal med barnet (som hölls) daterat från inledningsdagen till"
                    + " avslutsdagen. Ankare: inledningsdagen."),
    SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED(SHARE, "Skolkontakt när skola eller förskola aktualiserade",
            "Nämnare: utredningar avslutade under perioden vars ursprungliga aktualisering kom från skola eller"
                    + " förskola. Täljare: minst en signerad kontakt med skola eller förskola daterad från"
                    + " inledningsdagen till avslutsdagen. Ankare: inledningsdagen."),
    INTERVENTION_ACCEPTED(SHARE, "Erbjudna insatser som tackades ja till",
            "Nämnare: insatser erbjudna under perioden. Täljare: de som tackats ja till. Ankare: erbjudandedagen."),
    INTERVENTION_COMPLETED(SHARE, "Insatser som genomfördes",
            "Nämnare: insatser som tackats ja till och som avslutades under perioden. Täljare: genomförda (inte"
                    + " avbrutna i förtid). Ankare: erbjudandedagen."),
    WAIT_DECISION_TO_START_DAYS(DAYS, "Väntetid från beslut till start (median, dagar)",
            "Underlag: beviljade insatser som startade under perioden. Värde: mediandagar från beslutet som beviljade"
                    + " insatsen till starten. Ankare: erbjudandedagen."),
    REPORT_TO_FIRST_HELP_DAYS(DAYS, "Tid från aktualisering till första hjälp (median, dagar)",
            "Underlag: insatser som startade under perioden och var den första startade beviljade insatsen i sin"
                    + " utredning. Värde: mediandagar från mottagandet av utredningens ursprungliga aktualisering till"
                    + " starten. Ankare: erbjudandedagen."),
    IMPROVED_SDQ_TOTAL(SHARE, "Barn med förbättrad SDQ-totalpoäng",
            "Nämnare: ärenden med en SDQ vid start och en vid slut av samma informant (ett par per ärende: förälder"
                    + " väljs före ungdomens egen och lärarens), där parets slutskattning gjordes under perioden. Täljare: totalpoängen"
                    + " för svårigheter sjönk med minst 3 poäng (ungefär en halv standardavvikelse i normgrupperna)."
                    + " Ankare: startskattningens dag."),
    IMPROVED_ATTENDANCE(SHARE, "Barn med ökad skolnärvaro",
            "Nämnare: ärenden med skolnärvaro registrerad vid start och vid slut (med vårdnadshavarnas samtycke),"
                    + " där slutvärdet registrerades under perioden. Täljare: närvaron ökade med minst 5"
                    + " procentenheter. Ankare: startvärdets registreringsdag."),
    IMPROVED_RESULTS(SHARE, "Barn med förbättrade skolresultat",
            "Nämnare: ärenden med skolresultat av samma slag (IUP-bedömningar eller betyg) registrerade vid start och"
                    + " vid slut (med vårdnadshavarnas samtycke), där slutvärdet registrerades under perioden. Täljare: en"
                    + " större andel av de bedömda ämnena nådde förväntad nivå eller godkänt betyg. Ankare:"
                    + " startvärdets registreringsdag."),
    EXPERIENCED_COORDINATED_SUPPORT(SHARE, "Upplevde stödet som samordnat",
            "Nämnare: svar på frågorna om upplevd samordning (barnets och vårdnadshavarens räknas var för sig)"
                    + " registrerade under perioden, med minst tre besvarade frågor. Täljare: medelvärdet av svaren är"
                    + " minst 4 på skalan 1–5 (stämmer ganska eller helt). Ankare: svarsdagen."),
    STOPS_HELD_IN_TIME(SHARE, "Hållplatser hållna i tid",
            "Nämnare: hållplatser som föll ut under perioden i familjer som matchar en rutin: en hållplats inom"
                    + " arbetsdagar på sin sista dag (när den dagen har passerat), de andra den dag det de gäller skedde"
                    + " i något av familjens ärenden i rutinen (beslut, uppdrag till utförare, avslutad insats) från"
                    + " matchningen och framåt; utredningsplanen när den finns (den har inget eget datum: dagen"
                    + " utredningen inleddes eller matchningen). Täljare: ett samråd vid hållplatsen hölls senast den"
                    + " dagen (för utredningsplanen: ett samråd alls). Barnet: barnet i familjens ärende om barn och"
                    + " unga. Ankare: dagen familjen började matcha rutinen."),
    ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS(SHARE, "Beslut i vuxenärenden med gemensam barnkonsekvensanalys",
            "Nämnare: beslut i vuxenärenden fattade under perioden, ett per barn (0–17 år på beslutsdagen) som den"
                    + " vuxne är vårdnadshavare eller förälder till eller bor med. Täljare: en gemensam"
                    + " barnkonsekvensanalys för barnet som omfattar ärendet, med ärendets egen del skriven, gjordes"
                    + " senast beslutsdagen. Ankare: beslutsdagen."),
    FORUM_CONSULTATION_WITH_CONSENT(SHARE, "Frågor i samverkansforum som togs upp med samtycke",
            "Nämnare: frågor som togs upp i samverkansforum på möten under perioden, anonyma och med samtycke (antalet"
                    + " anonyma är nämnaren minus täljaren). Täljare: frågor som togs upp med vårdnadshavarnas samtycke."
                    + " En anonym fråga har inget barn: den räknas i den åldersgrupp frågan anger och i det område"
                    + " forumet är till för (pilot eller ordinarie), och en fråga med samtycke räknas på samma sätt."
                    + " Forum utan område räknas bara i Alla. Ankare: mötesdagen."),
    REFERRAL_FOLLOWED_UP(SHARE, "Länkningar till andra aktörer som följdes upp",
            "Nämnare: länkningar av barn och familj till en annan aktör gjorda under perioden. Täljare: minst en"
                    + " uppföljning av om hjälpen kom är registrerad. Ankare: länkningsdagen."),
    REFERRAL_HELP_RECEIVED(SHARE, "Länkade familjer som fick hjälpen",
            "Nämnare: länkningar vars senaste uppföljning gjordes under perioden. Täljare: den senaste uppföljningen"
                    + " säger att familjen har fått hjälpen. Ankare: länkningsdagen."),
    SIP_ACCEPTED(SHARE, "Erbjudna SIP som tackades ja till",
            "Nämnare: samordnade individuella planer (SIP, med hälso- och sjukvården och andra aktörer) erbjudna under"
                    + " perioden; nämnaren är antalet erbjudna. Täljare: de som personen tackat ja till. Ankare:"
                    + " erbjudandedagen."),
    SIP_HELD(SHARE, "Erbjudna SIP som hölls",
            "Nämnare: SIP erbjudna under perioden. Täljare: de som har hållits (mötet med personens behov, mål och"
                    + " vem som gör vad är registrerat). Ankare: erbjudandedagen."),
    INTERN_SIP_OFFERED(SHARE, "Unga vuxna i målgruppen som erbjöds intern SIP",
            "Nämnare: unga vuxna 18–21 år (på dagen) med ett ärende på vuxenenheten (beroende, socialpsykiatri,"
                    + " relationsvåld) eller ekonomiskt bistånd som inleddes under perioden, en gång per person (det"
                    + " första ärendet). Täljare: personen erbjöds en intern SIP från den dagen. Ankare: ärendets"
                    + " inledningsdag."),
    INTERN_SIP_ACCEPTED(SHARE, "Erbjudna interna SIP som tackades ja till",
            "Nämnare: interna SIP erbjudna under perioden; nämnaren är antalet erbjudna. Täljare: de som personen"
                    + " tackat ja till. Ankare: erbjudandedagen."),
    INTERN_SIP_HELD(SHARE, "Erbjudna interna SIP som hölls",
            "Nämnare: interna SIP erbjudna under perioden. Täljare: de som har hållits. Ankare: erbjudandedagen."),
    PLACED_WITH_HOME_PLAN(SHARE, "Placerade barn med en plan för vägen hem",
            "Nämnare: placeringar (familjehem, jourhem, HVB) som påbörjades under perioden. Täljare: placeringsforum"
                    + " har registrerat en plan för vägen hem. Ankare: placeringens startdag."),
    PLACED_WITH_SCHOOL_RESPONSIBILITY(SHARE, "Placerade skolbarn med namngivet ansvar för skolgången",
            "Nämnare: placeringar som påbörjades under perioden av barn som var 6–17 år på startdagen. Täljare:"
                    + " skolan barnet går i och en ansvarig för skolgången före, under och efter placeringen är"
                    + " namngivna (SiSam). Ankare: placeringens startdag.");

    private final IndicatorUnit unit;
    private final String title;
    private final String definition;

    IndicatorDefinition(IndicatorUnit unit, String title, String definition) {
        this.unit = unit;
        this.title = title;
        this.definition = definition;
    }

    /** The indicator with this code, as the API and the pages name it. */
    public static Optional<IndicatorDefinition> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }

    public IndicatorUnit unit() {
        return unit;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }
}
