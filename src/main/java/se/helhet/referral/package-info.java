/**
 * Linking over to other actors (länka över): a referral of a child or family, from a preliminary assessment or
 * from a matter, to school support, child psychiatry, a youth clinic, civil society or another actor, with what
 * for, and its follow-ups: whether the help came, and when. A referral belongs to its matter: it is read and
 * written under the matter's access and traced as the matter's records are.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"referral", "referral_follow_up"})
package se.helhet.referral;
