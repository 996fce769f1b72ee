package se.helhet.investigation;

/**
 * The areas of a child's needs as BBIC structures them, on the triangle's three sides. The names, in the bundles
 * under {@link #key()}, are Helhet's own plain words; the BBIC forms themselves are Socialstyrelsen's and not copied.
 */
enum BbicArea {
    HEALTH(Side.CHILD_DEVELOPMENT),
    EDUCATION(Side.CHILD_DEVELOPMENT),
    EMOTIONAL_AND_BEHAVIOURAL(Side.CHILD_DEVELOPMENT),
    IDENTITY(Side.CHILD_DEVELOPMENT),
    FAMILY_AND_SOCIAL_RELATIONSHIPS(Side.CHILD_DEVELOPMENT),
    SOCIAL_PRESENTATION(Side.CHILD_DEVELOPMENT),
    SELF_CARE(Side.CHILD_DEVELOPMENT),
    BASIC_CARE(Side.PARENTING_CAPACITY),
    ENSURING_SAFETY(Side.PARENTING_CAPACITY),
    EMOTIONAL_WARMTH(Side.PARENTING_CAPACITY),
    STIMULATION(Side.PARENTING_CAPACITY),
    GUIDANCE_AND_BOUNDARIES(Side.PARENTING_CAPACITY),
    STABILITY(Side.PARENTING_CAPACITY),
    FAMILY_HISTORY_AND_FUNCTIONING(Side.FAMILY_AND_ENVIRONMENT),
    WIDER_FAMILY_AND_NETWORK(Side.FAMILY_AND_ENVIRONMENT),
    HOUSING(Side.FAMILY_AND_ENVIRONMENT),
    EMPLOYMENT(Side.FAMILY_AND_ENVIRONMENT),
    INCOME(Side.FAMILY_AND_ENVIRONMENT),
    SOCIAL_INTEGRATION(Side.FAMILY_AND_ENVIRONMENT),
    COMMUNITY_RESOURCES(Side.FAMILY_AND_ENVIRONMENT);

    public enum Side {
        CHILD_DEVELOPMENT,
        PARENTING_CAPACITY,
        FAMILY_AND_ENVIRONMENT;

        public String key() {
            return "investigation.bbic.side." + name();
        }
    }

    private final Side side;

    BbicArea(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /** The key of the area's name in the bundles. */
    public String key() {
        return "investigation.bbic." + name();
    }
}
