package se.helhet.followup;

import static se.helhet.followup.IndicatorDefinition.ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS;
import static se.helhet.followup.IndicatorDefinition.CHILD_CONVERSATION;
import static se.helhet.followup.IndicatorDefinition.CLOSED_WITHIN_4_MONTHS;
import static se.helhet.followup.IndicatorDefinition.CLOSED_WITHIN_60_DAYS;
import static se.helhet.followup.IndicatorDefinition.EXPERIENCED_COORDINATED_SUPPORT;
import static se.helhet.followup.IndicatorDefinition.FORUM_CONSULTATION_WITH_CONSENT;
import static se.helhet.followup.IndicatorDefinition.IMPROVED_ATTENDANCE;
import static se.helhet.followup.IndicatorDefinition.IMPROVED_RESULTS;
import static se.helhet.followup.IndicatorDefinition.IMPROVED_SDQ_TOTAL;
import static se.helhet.followup.IndicatorDefinition.INTERVENTION_ACCEPTED;
import static se.helhet.followup.IndicatorDefinition.INTERVENTION_COMPLETED;
import static se.helhet.followup.IndicatorDefinition.ORANGE_CLOSED_WITHIN_14_DAYS;
import static se.helhet.followup.IndicatorDefinition.REACTUALISED;
import static se.helhet.followup.IndicatorDefinition.REFERRAL_FOLLOWED_UP;
import static se.helhet.followup.IndicatorDefinition.REFERRAL_HELP_RECEIVED;
import static se.helhet.followup.IndicatorDefinition.REPORT_CHILD_KNOWN_BEFORE;
import static se.helhet.followup.IndicatorDefinition.REPORT_TO_FIRST_HELP_DAYS;
import static se.helhet.followup.IndicatorDefinition.SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED;
import static se.helhet.followup.IndicatorDefinition.STOPS_HELD_IN_TIME;
import static se.helhet.followup.IndicatorDefinition.WAIT_DECISION_TO_START_DAYS;
import static se.helhet.followup.IndicatorDefinition.SIP_ACCEPTED;
import static se.helhet.followup.IndicatorDefinition.SIP_HELD;
import static se.helhet.followup.IndicatorDefinition.INTERN_SIP_OFFERED;
import static se.helhet.followup.IndicatorDefinition.INTERN_SIP_ACCEPTED;
import static se.helhet.followup.IndicatorDefinition.INTERN_SIP_HELD;
import static se.helhet.followup.IndicatorDefinition.PLACED_WITH_HOME_PLAN;
import static se.helhet.followup.IndicatorDefinition.PLACED_WITH_SCHOOL_RESPONSIBILITY;
import static se.helhet.followup.MeasuringMethod.DOCUMENTATION;
import static se.helhet.followup.MeasuringMethod.FILE_AUDIT;
import static se.helhet.followup.MeasuringMethod.PARENT_SURVEY;
import static se.helhet.followup.MeasuringMethod.SCHOOL_DATA;
import static se.helhet.followup.MeasuringMethod.SDQ;
import static se.helhet.followup.MeasuringMethod.STAFF_SURVEY;
import static se.helhet.followup.MeasuringMethod.TIME_WITH_CHILDREN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The pilot's logic model: what is done (activities), what that produces (outputs), and what it should lead to
 * in the short and the long run (outcomes), each outcome with the indicators that measure it and how.
 */
record LogicModel(List<Activity> activities) {

    record Activity(String name, String description, List<String> outputs, List<Outcome> shortTerm,
                           List<Outcome> longTerm) {
        public Activity {
            outputs = List.copyOf(outputs);
            shortTerm = List.copyOf(shortTerm);
            longTerm = List.copyOf(longTerm);
        }
    }

    /** An outcome may have no indicator in Helhet yet (a survey, a file audit), but always a measuring method. */
    record Outcome(String text, MeasuringMethod method, List<IndicatorDefinition> indicators) {
        public Outcome {
            if (text == null || text.isBlank() || method == null || indicators == null) {
                throw new IllegalArgumentException("An outcome needs its words and a measuring method");
            }
            indicators = List.copyOf(indicators);
        }
    }

    public LogicModel {
        activities = List.copyOf(activities);
    }

    /** Every indicator some outcome names. */
    public Set<IndicatorDefinition> indicators() {
        Set<IndicatorDefinition> named = EnumSet.noneOf(IndicatorDefinition.class);
        activities.forEach(a -> {
            a.shortTerm().forEach(o -> named.addAll(o.indicators()));
            a.longTerm().forEach(o -> named.addAll(o.indicators()));
        });
        return named;
    }

    public static final LogicModel PILOT = new LogicModel(List.of(
            new Activity("Mottagning med kartläggning och nivåbedömning",
                    "En mottagande funktion kartlägger barnets behov utifrån en helhetssyn och bedömer nivån: blå,"
                            + " grön, orange eller röd. Den länkar vidare till stöd hos andra och följer upp.",
                    List.of("Förhandsbedömningar med kartläggning av barnets behov", "En bedömd nivå i varje ärende",
                            "Familjer länkade till stöd hos andra aktörer"),
                    List.of(new Outcome("Barn och unga får stöd snabbare", DOCUMENTATION,
                                    List.of(REPORT_TO_FIRST_HELP_DAYS, WAIT_DECISION_TO_START_DAYS)),
                            new Outcome("Familjer som länkas över till andra aktörer får hjälpen", DOCUMENTATION,
                                    List.of(REFERRAL_FOLLOWED_UP, REFERRAL_HELP_RECEIVED))),
                    List.of(new Outcome("Färre barn återkommer till socialtjänsten", DOCUMENTATION,
                            List.of(REACTUALISED, REPORT_CHILD_KNOWN_BEFORE)))),
            new Activity("Nivåindelade utredningar",
                    "Korta utredningar med förenklad dokumentation på orange nivå, fullständiga utredningar på röd nivå.",
                    List.of("Orange utredningar avslutade inom 1-14 dagar", "Röda utredningar inom lagens fyra månader"),
                    List.of(new Outcome("Kortare utredningstider", DOCUMENTATION,
                                    List.of(ORANGE_CLOSED_WITHIN_14_DAYS, CLOSED_WITHIN_60_DAYS, CLOSED_WITHIN_4_MONTHS)),
                            new Outcome("Tid som frigörs går till möten med barn och familjer", TIME_WITH_CHILDREN,
                                    List.of())),
                    List.of(new Outcome("Barn och unga får tryggare hemförhållanden", FILE_AUDIT, List.of()))),
            new Activity("Samtal med barnet",
                    "Socialsekreteraren träffar barnet, ger information och antecknar barnets egna ord.",
                    List.of("Signerade samtal med barnet i utredningarna", "Registrerad tid i direkt kontakt med barn"),
                    List.of(new Outcome("Barnets röst hörs i varje utredning", DOCUMENTATION,
                                    List.of(CHILD_CONVERSATION)),
                            new Outcome("Barnet får information och kommer till tals", FILE_AUDIT, List.of()),
                            new Outcome("Mer av socialsekreterarnas tid går till barnen", TIME_WITH_CHILDREN, List.of())),
                    List.of(new Outcome("Barn och unga får ökad psykisk hälsa och färre beteendeproblem", SDQ,
                            List.of(IMPROVED_SDQ_TOTAL)))),
            new Activity("Samverkan med förskola och skola",
                    "Socialtjänsten finns på förskolan och skolan och kontaktar skolan i utredningen, alltid när"
                            + " skolan har anmält oro.",
                    List.of("Kontakter med skola eller förskola i utredningarna",
                            "Insatser som ges tillsammans med skolan"),
                    List.of(new Outcome("Skolan är med när den har anmält oro", DOCUMENTATION,
                                    List.of(SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED)),
                            new Outcome("Förskola och skola tar upp oro i samverkansforum, med samtycke när familjen"
                                    + " vill", DOCUMENTATION, List.of(FORUM_CONSULTATION_WITH_CONSENT)),
                            new Outcome("Medarbetare i socialtjänst och skola har samsyn kring arbetssätt", STAFF_SURVEY,
                                    List.of())),
                    List.of(new Outcome("Barn får ökad skolnärvaro", SCHOOL_DATA, List.of(IMPROVED_ATTENDANCE)),
                            new Outcome("Barn får bättre skolresultat", SCHOOL_DATA, List.of(IMPROVED_RESULTS)))),
            new Activity("Samordnat och flexibelt stöd",
                    "Samma socialsekreterare följer familjen från bedömning till insats. Nya och flexibla insatser på"
                            + " hemmaplan; SIP och samverkansforum samordnar stödet från flera aktörer.",
                    List.of("Erbjudna insatser, också nya och flexibla", "Hållna SIP och interna SIP",
                            "Ärenden i samverkansforum"),
                    List.of(new Outcome("Familjer tackar ja till insatserna", DOCUMENTATION,
                                    List.of(INTERVENTION_ACCEPTED)),
                            new Outcome("Familjer fullföljer insatserna", DOCUMENTATION, List.of(INTERVENTION_COMPLETED)),
                            new Outcome("Barn, unga och föräldrar upplever att stödet är samordnat", PARENT_SURVEY,
                                    List.of(EXPERIENCED_COORDINATED_SUPPORT)),
                            new Outcome("Barn och unga möter färre olika personer i socialtjänsten", FILE_AUDIT,
                                    List.of()),
                            new Outcome("Den som behöver stöd från flera håll får en samordnad plan med sina egna mål",
                                    DOCUMENTATION, List.of(SIP_ACCEPTED, SIP_HELD, INTERN_SIP_OFFERED,
                                            INTERN_SIP_ACCEPTED, INTERN_SIP_HELD))),
                    List.of(new Outcome("Färre barn behöver stöd på röd nivå", FILE_AUDIT, List.of()))),
            new Activity("Familjeorienterat arbetssätt",
                    "När en familj har ärenden i flera enheter samråder handläggarna vid rutinens hållplatser, gör en"
                            + " gemensam barnkonsekvensanalys för varje barn och skriver uppdrag till utförare tillsammans.",
                    List.of("Hållna samråd vid hållplatserna", "Gemensamma barnkonsekvensanalyser",
                            "Gemensamma uppdrag till utförare"),
                    List.of(new Outcome("Familjens handläggare samråder innan det som rutinen gäller sker", DOCUMENTATION,
                                    List.of(STOPS_HELD_IN_TIME)),
                            new Outcome("Barnets behov vägs in i besluten i de vuxnas ärenden", DOCUMENTATION,
                                    List.of(ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS))),
                    List.of(new Outcome("Familjen möter en sammanhållen socialtjänst", PARENT_SURVEY, List.of()))),
            new Activity("Placeringsforum och SiSam",
                    "En gång i månaden går enhetscheferna och de ansvariga handläggarna igenom varje placerat barn och"
                            + " planerar vägen hem; för skolbarnen namnges vem som ansvarar för skolgången före, under"
                            + " och efter placeringen.",
                    List.of("Planer för vägen hem", "Namngivet ansvar för skolgången (SiSam)"),
                    List.of(new Outcome("Varje placerat barn har en plan för vägen hem", DOCUMENTATION,
                                    List.of(PLACED_WITH_HOME_PLAN)),
                            new Outcome("Placerade skolbarn har en namngiven ansvarig för skolgången", DOCUMENTATION,
                                    List.of(PLACED_WITH_SCHOOL_RESPONSIBILITY))),
                    List.of(new Outcome("Placerade barn får en obruten skolgång och kan flytta hem tidigare", FILE_AUDIT,
                            List.of()))),
            new Activity("Lärande och gemensamt arbetssätt",
                    "Gemensam kunskap och samsyn kring bedömningar; arbetsgrupperna följer sina egna indikatorer.",
                    List.of("Gemensamma utbildningar och ärendedragningar", "Indikatorerna genomgångna i arbetsgrupperna"),
                    List.of(new Outcome("Medarbetare vet hur arbetet bidrar till goda effekter för barnen", STAFF_SURVEY,
                                    List.of()),
                            new Outcome("Medarbetare bidrar aktivt till att utveckla verksamheten", STAFF_SURVEY,
                                    List.of())),
                    List.of(new Outcome("Medarbetare har en god arbetsmiljö och ett gott arbetsklimat", STAFF_SURVEY,
                            List.of())))));
}
