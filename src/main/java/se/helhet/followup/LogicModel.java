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
 * in the short and the long run (outcomes), each outcome with the indicators that measure it and how. Its words are
 * keys of the follow-up bundle, read on the page in the reader's language.
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
            new Activity("followup.logic.intake.name",
                    "followup.logic.intake.description",
                    List.of("followup.logic.intake.output.assessments", "followup.logic.intake.output.level",
                            "followup.logic.intake.output.referrals"),
                    List.of(new Outcome("followup.logic.intake.short.faster", DOCUMENTATION,
                                    List.of(REPORT_TO_FIRST_HELP_DAYS, WAIT_DECISION_TO_START_DAYS)),
                            new Outcome("followup.logic.intake.short.helped", DOCUMENTATION,
                                    List.of(REFERRAL_FOLLOWED_UP, REFERRAL_HELP_RECEIVED))),
                    List.of(new Outcome("followup.logic.intake.long.fewer-return", DOCUMENTATION,
                            List.of(REACTUALISED, REPORT_CHILD_KNOWN_BEFORE)))),
            new Activity("followup.logic.tiers.name",
                    "followup.logic.tiers.description",
                    List.of("followup.logic.tiers.output.orange", "followup.logic.tiers.output.red"),
                    List.of(new Outcome("followup.logic.tiers.short.shorter", DOCUMENTATION,
                                    List.of(ORANGE_CLOSED_WITHIN_14_DAYS, CLOSED_WITHIN_60_DAYS, CLOSED_WITHIN_4_MONTHS)),
                            new Outcome("followup.logic.tiers.short.time-freed", TIME_WITH_CHILDREN,
                                    List.of())),
                    List.of(new Outcome("followup.logic.tiers.long.safer-homes", FILE_AUDIT, List.of()))),
            new Activity("followup.logic.conversation.name",
                    "followup.logic.conversation.description",
                    List.of("followup.logic.conversation.output.signed", "followup.logic.conversation.output.time"),
                    List.of(new Outcome("followup.logic.conversation.short.voice", DOCUMENTATION,
                                    List.of(CHILD_CONVERSATION)),
                            new Outcome("followup.logic.conversation.short.informed", FILE_AUDIT, List.of()),
                            new Outcome("followup.logic.conversation.short.more-time", TIME_WITH_CHILDREN, List.of())),
                    List.of(new Outcome("followup.logic.conversation.long.health", SDQ,
                            List.of(IMPROVED_SDQ_TOTAL)))),
            new Activity("followup.logic.school.name",
                    "followup.logic.school.description",
                    List.of("followup.logic.school.output.contacts",
                            "followup.logic.school.output.together"),
                    List.of(new Outcome("followup.logic.school.short.involved", DOCUMENTATION,
                                    List.of(SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED)),
                            new Outcome("followup.logic.school.short.forum", DOCUMENTATION, List.of(FORUM_CONSULTATION_WITH_CONSENT)),
                            new Outcome("followup.logic.school.short.shared-view", STAFF_SURVEY,
                                    List.of())),
                    List.of(new Outcome("followup.logic.school.long.attendance", SCHOOL_DATA, List.of(IMPROVED_ATTENDANCE)),
                            new Outcome("followup.logic.school.long.results", SCHOOL_DATA, List.of(IMPROVED_RESULTS)))),
            new Activity("followup.logic.support.name",
                    "followup.logic.support.description",
                    List.of("followup.logic.support.output.offered", "followup.logic.support.output.sip",
                            "followup.logic.support.output.forum"),
                    List.of(new Outcome("followup.logic.support.short.accept", DOCUMENTATION,
                                    List.of(INTERVENTION_ACCEPTED)),
                            new Outcome("followup.logic.support.short.complete", DOCUMENTATION, List.of(INTERVENTION_COMPLETED)),
                            new Outcome("followup.logic.support.short.coordinated", PARENT_SURVEY,
                                    List.of(EXPERIENCED_COORDINATED_SUPPORT)),
                            new Outcome("followup.logic.support.short.fewer-people", FILE_AUDIT,
                                    List.of()),
                            new Outcome("followup.logic.support.short.plan",
                                    DOCUMENTATION, List.of(SIP_ACCEPTED, SIP_HELD, INTERN_SIP_OFFERED,
                                            INTERN_SIP_ACCEPTED, INTERN_SIP_HELD))),
                    List.of(new Outcome("followup.logic.support.long.fewer-red", FILE_AUDIT, List.of()))),
            new Activity("followup.logic.family.name",
                    "followup.logic.family.description",
                    List.of("followup.logic.family.output.consultations", "followup.logic.family.output.analyses",
                            "followup.logic.family.output.commissions"),
                    List.of(new Outcome("followup.logic.family.short.consult", DOCUMENTATION,
                                    List.of(STOPS_HELD_IN_TIME)),
                            new Outcome("followup.logic.family.short.child-needs", DOCUMENTATION,
                                    List.of(ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS))),
                    List.of(new Outcome("followup.logic.family.long.coherent", PARENT_SURVEY, List.of()))),
            new Activity("followup.logic.placement.name",
                    "followup.logic.placement.description",
                    List.of("followup.logic.placement.output.home-plans", "followup.logic.placement.output.school"),
                    List.of(new Outcome("followup.logic.placement.short.home-plan", DOCUMENTATION,
                                    List.of(PLACED_WITH_HOME_PLAN)),
                            new Outcome("followup.logic.placement.short.school", DOCUMENTATION,
                                    List.of(PLACED_WITH_SCHOOL_RESPONSIBILITY))),
                    List.of(new Outcome("followup.logic.placement.long.unbroken", FILE_AUDIT,
                            List.of()))),
            new Activity("followup.logic.learning.name",
                    "followup.logic.learning.description",
                    List.of("followup.logic.learning.output.training", "followup.logic.learning.output.indicators"),
                    List.of(new Outcome("followup.logic.learning.short.know", STAFF_SURVEY,
                                    List.of()),
                            new Outcome("followup.logic.learning.short.develop", STAFF_SURVEY,
                                    List.of())),
                    List.of(new Outcome("followup.logic.learning.long.environment", STAFF_SURVEY,
                            List.of())))));
}
