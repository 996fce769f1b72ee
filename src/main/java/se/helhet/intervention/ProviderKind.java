package se.helhet.intervention;

/**
 * Who gives the intervention (utförare): the department's own staff, a contracted provider, or civil society. Its
 * words are {@code intervention.providerKind.<NAME>} in the bundles.
 */
enum ProviderKind {
    INTERNAL,
    EXTERNAL,
    CIVIL_SOCIETY
}
