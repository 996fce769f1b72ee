package se.helhet.followup;

import static se.helhet.followup.IndicatorUnit.DAYS;
import static se.helhet.followup.IndicatorUnit.SHARE;

import java.util.Arrays;
import java.util.Optional;

import se.helhet.platform.UserTexts;

/**
 * Every indicator with its definition in words: the denominator, the numerator (or value) and the period
 * rule, as the page shows them. The SQL of each is the method of the same name in {@link IndicatorQueries}; the
 * words are in the follow-up bundle, {@code followup.indicator.<CODE>.title} and {@code .definition}, in Swedish
 * and English.
 */
enum IndicatorDefinition {
    REPORT_CHILD_KNOWN_BEFORE(SHARE),
    REACTUALISED(SHARE),
    CLOSED_WITHIN_60_DAYS(SHARE),
    CLOSED_WITHIN_4_MONTHS(SHARE),
    ORANGE_CLOSED_WITHIN_14_DAYS(SHARE),
    CHILD_CONVERSATION(SHARE),
    SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED(SHARE),
    INTERVENTION_ACCEPTED(SHARE),
    INTERVENTION_COMPLETED(SHARE),
    WAIT_DECISION_TO_START_DAYS(DAYS),
    REPORT_TO_FIRST_HELP_DAYS(DAYS),
    IMPROVED_SDQ_TOTAL(SHARE),
    IMPROVED_ATTENDANCE(SHARE),
    IMPROVED_RESULTS(SHARE),
    EXPERIENCED_COORDINATED_SUPPORT(SHARE),
    STOPS_HELD_IN_TIME(SHARE),
    ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS(SHARE),
    FORUM_CONSULTATION_WITH_CONSENT(SHARE),
    REFERRAL_FOLLOWED_UP(SHARE),
    REFERRAL_HELP_RECEIVED(SHARE),
    SIP_ACCEPTED(SHARE),
    SIP_HELD(SHARE),
    INTERN_SIP_OFFERED(SHARE),
    INTERN_SIP_ACCEPTED(SHARE),
    INTERN_SIP_HELD(SHARE),
    PLACED_WITH_HOME_PLAN(SHARE),
    PLACED_WITH_SCHOOL_RESPONSIBILITY(SHARE);

    private static final String KEY = "followup.indicator.";

    private final IndicatorUnit unit;

    IndicatorDefinition(IndicatorUnit unit) {
        this.unit = unit;
    }

    /** The indicator with this code, as the API and the pages name it. */
    public static Optional<IndicatorDefinition> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }

    public IndicatorUnit unit() {
        return unit;
    }

    /** The title in the language of the request that shows it. */
    public String title() {
        return UserTexts.text(KEY + name() + ".title");
    }

    /** The definition in words, in the language of the request that shows it. */
    public String definition() {
        return UserTexts.text(KEY + name() + ".definition");
    }
}
