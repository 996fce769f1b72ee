package se.helhet.common;

/** The area filter: the pilot area, ordinary services (the control group), or all children. */
public enum AreaChoice {
    PILOT,
    ORDINARY,
    ALL
}
