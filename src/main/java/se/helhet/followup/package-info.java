/**
 * Follow-up: the indicators of the pilot (re-actualisation, investigations closed in time, interventions
 * accepted and completed, waiting times, conversations with the child, school contact, stops held in time, adult
 * decisions with the children's joint impact analysis) computed from the recorded work. A read model over the case
 * tables of the matter, intake, investigation, case note, intervention, routine and child impact modules: it changes
 * nothing, and answers with aggregated numbers only, never a person, so there is nothing to trace. Its own tables
 * are the projection of the reports' children, investigations, interventions and referrals it counts, which the
 * database alone writes from those modules' tables in the same transaction (V35_1, ADR 22). The analyst sees small
 * cells suppressed.
 * Beside the indicators, the letters sent in the period by readability band, as counts from the letter module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "common", "letter", "person", "platform", "platform :: chart" })
@se.helhet.platform.OwnsTables({"indicator_report_child", "indicator_investigation", "indicator_intervention",
        "indicator_referral", "indicator_outcome", "indicator_stop", "indicator_young_adult_matter",
        "indicator_pending"})
package se.helhet.followup;
