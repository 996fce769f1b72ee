package se.helhet.person;

/** How two persons are related, read from one of them: "Anna is GUARDIAN of Ali". */
enum Relation {
    GUARDIAN,
    PARENT,
    SIBLING,
    HOUSEHOLD
}
