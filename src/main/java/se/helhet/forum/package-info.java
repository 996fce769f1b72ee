/**
 * The collaboration forum (samverkansforum) with preschool and school, also health care and police: forums
 * that meet at fixed times, their meetings and participants, and the questions brought to them for
 * consultation with the advice given, the actions agreed and who follows up when. A question is brought
 * anonymously — no name, no identity number, no link to a person anywhere, and a text shaped like a
 * personnummer or samordningsnummer is refused — or with the guardians' consent, linked to the child. The
 * forum is run by social services: social workers and unit managers use it, the analyst sees counts only. A
 * consultation with consent is brought only while a consent for FORUM_CONSULTATION to the forum's unit is in
 * force, and shows its child only while it still is.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "consent", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"forum", "forum_meeting", "forum_participant", "forum_consultation",
        "forum_consultation_consent"})
package se.helhet.forum;
