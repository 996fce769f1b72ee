package se.helhet.matter;

import se.helhet.access.UnitKind;

/**
 * What a matter is about, and so which unit holds it. A children and youth matter starts at intake with a
 * report of concern and carries the level, the pilot deadlines and the child's area and age at start; the
 * adult units open theirs themselves. The message bundle has the Swedish names (matterKind.&lt;NAME&gt;).
 */
public enum MatterKind {
    CHILD_AND_YOUTH,
    DOMESTIC_VIOLENCE,
    ADDICTION,
    SOCIAL_PSYCHIATRY,
    FINANCIAL_AID,
    DISABILITY;

    /** Whether the level, the pilot deadlines and the age and area at start apply. */
    public boolean childAndYouth() {
        return this == CHILD_AND_YOUTH;
    }

    /** The kind of unit that holds matters of this kind; a children and youth matter starts in intake. */
    public UnitKind unitKind() {
        return switch (this) {
            case CHILD_AND_YOUTH -> UnitKind.CHILDREN_AND_YOUTH;
            case DOMESTIC_VIOLENCE -> UnitKind.DOMESTIC_VIOLENCE;
            case ADDICTION -> UnitKind.ADULT_ADDICTION;
            case SOCIAL_PSYCHIATRY -> UnitKind.ADULT_PSYCHIATRY;
            case FINANCIAL_AID -> UnitKind.FINANCIAL_AID;
            case DISABILITY -> UnitKind.DISABILITY_SUPPORT;
        };
    }
}
