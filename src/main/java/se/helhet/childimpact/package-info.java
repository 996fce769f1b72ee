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
 * <p>Each unit writes its own part (ADR 18): the recorder writes the parts of the matters they work in and
 * invites the family's other open matters, whose workers write theirs. The shared parts are read by those who may
 * read one of the matters the analysis covers, each matter's part only by those who may read that matter; every
 * read and write is traced under the child. A decision follows its matter's access ({@code Matters.read},
 * {@code Matters.workable}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"adult_decision", "child_impact_analysis", "child_impact_consequence",
        "joint_commission"})
package se.helhet.childimpact;
