package se.helhet.consent;

/** How the consent was given: on paper, orally (noted by the worker), or digitally signed. */
enum ConsentForm {
    WRITTEN,
    ORAL,
    DIGITAL
}
