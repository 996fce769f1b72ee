package se.helhet.sip;

/**
 * The statutory SIP, made with health care and other actors, and the Intern-SIP between the units of social
 * services. The message bundle has the Swedish names (sip.kind.&lt;NAME&gt;).
 */
enum SipKind {
    SIP,
    INTERN_SIP
}
