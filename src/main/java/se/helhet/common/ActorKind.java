package se.helhet.common;

/**
 * An actor outside the social services that the family meets: the recipient of a consent, a participant of a
 * collaboration forum or a SIP, the actor a family is linked over to. The message bundle has the Swedish names
 * (actorKind.&lt;NAME&gt;); the actor's own name (which school, which clinic) is recorded beside the kind.
 */
public enum ActorKind {
    SCHOOL,
    PRESCHOOL,
    CHILD_HEALTH_CENTRE,
    CHILD_PSYCHIATRY,
    ADULT_PSYCHIATRY,
    HEALTH_CARE,
    YOUTH_CLINIC,
    POLICE,
    CIVIL_SOCIETY,
    OTHER
}
