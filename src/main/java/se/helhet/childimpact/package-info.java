/**
 * Joint child impact analyses (gemensam barnkonsekvensanalys): for each child of a family, made together by the
 * workers of the family's matters — the child's situation, the consequences of the decision planned in each
 * matter for this child, the child's own views and how they were heard, a joint assessment across the matters,
 * and a joint commission to a provider that states the child's needs beside the adult's.
 *
 * <p>The decisions of the adult units' matters live here too. Helhet records a children and youth matter's
 * decision with its investigation; the adult units had none, and the one rule that asks for their decisions is
 * this module's: a decision in an adult matter of a parent with children asks for each child's analysis, and one
 * taken without it is flagged and counted, never refused. Keeping the small decision record beside that rule
 * keeps both in one place until the adult units' own case work (investigations, interventions) comes to Helhet.
 *
 * <p>An analysis is read by those who may read one of the matters it covers, traced under the child; a decision
 * follows its matter's access ({@code Matters.read}, {@code Matters.workable}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"adult_decision", "child_impact_analysis", "child_impact_consequence",
        "joint_commission"})
package se.helhet.childimpact;
