/**
 * Coordinated individual plans (SIP) and Intern-SIP: for one person, child or adult, offered, accepted or declined,
 * held at a meeting of the units and actors taking part, with the person's needs and goals in their own words, who
 * does what by when, and a follow-up on a set date. The Intern-SIP is Skärholmen's plan between the units of social
 * services for young adults of 18-21 with a matter in an adult unit or financial aid. A plan is its person's data:
 * read through the person and the units that take part or the matter it belongs to, every read and write traced.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"sip", "sip_participant", "sip_action"})
package se.helhet.sip;
