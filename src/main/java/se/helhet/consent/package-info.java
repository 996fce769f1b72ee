/**
 * Consent (samtycke): a person's consent, or their guardians', that information about them may be shared, as an
 * object of its own: whose information (the subject), who gave it (both registered guardians of a child, the young
 * person's own from 15 beside theirs, an adult for themself), to whom (units of the district, actors outside the
 * social services by kind and name), for what ({@link se.helhet.consent.ConsentScope}), from when to when, how it
 * was given, and its withdrawal. Every use that relies on a consent asks {@link se.helhet.consent.Consents#inForce}
 * at that moment and names the consent in its trace row, so that expiry and withdrawal take effect at once.
 * Recording and reading consents follow the subject's access in the person register; every read is traced.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"consent", "consent_giver", "consent_recipient"})
package se.helhet.consent;
