package se.helhet.investigation;

/**
 * The areas of a child's needs as BBIC structures them, on the triangle's three sides. The names are
 * Helhet's own plain Swedish; the BBIC forms themselves are Socialstyrelsen's and not copied.
 */
enum BbicArea {
    HEALTH(Side.CHILD_DEVELOPMENT, "Hälsa"),
    EDUCATION(Side.CHILD_DEVELOPMENT, "Skola och lärande"),
    EMOTIONAL_AND_BEHAVIOURAL(Side.CHILD_DEVELOPMENT, "Känslor och beteende"),
    IDENTITY(Side.CHILD_DEVELOPMENT, "Identitet"),
    FAMILY_AND_SOCIAL_RELATIONSHIPS(Side.CHILD_DEVELOPMENT, "Familj och sociala relationer"),
    SOCIAL_PRESENTATION(Side.CHILD_DEVELOPMENT, "Hur barnet fungerar socialt"),
    SELF_CARE(Side.CHILD_DEVELOPMENT, "Klara sig själv"),
    BASIC_CARE(Side.PARENTING_CAPACITY, "Grundläggande omsorg"),
    ENSURING_SAFETY(Side.PARENTING_CAPACITY, "Säkerhet"),
    EMOTIONAL_WARMTH(Side.PARENTING_CAPACITY, "Känslomässig värme"),
    STIMULATION(Side.PARENTING_CAPACITY, "Stimulans"),
    GUIDANCE_AND_BOUNDARIES(Side.PARENTING_CAPACITY, "Vägledning och gränser"),
    STABILITY(Side.PARENTING_CAPACITY, "Stabilitet"),
    FAMILY_HISTORY_AND_FUNCTIONING(Side.FAMILY_AND_ENVIRONMENT, "Familjens historia och hur familjen fungerar"),
    WIDER_FAMILY_AND_NETWORK(Side.FAMILY_AND_ENVIRONMENT, "Släkt och nätverk"),
    HOUSING(Side.FAMILY_AND_ENVIRONMENT, "Boende"),
    EMPLOYMENT(Side.FAMILY_AND_ENVIRONMENT, "Arbete"),
    INCOME(Side.FAMILY_AND_ENVIRONMENT, "Ekonomi"),
    SOCIAL_INTEGRATION(Side.FAMILY_AND_ENVIRONMENT, "Delaktighet i samhället"),
    COMMUNITY_RESOURCES(Side.FAMILY_AND_ENVIRONMENT, "Resurser i närområdet");

    public enum Side {
        CHILD_DEVELOPMENT("Barnets utveckling"),
        PARENTING_CAPACITY("Föräldrarnas förmåga"),
        FAMILY_AND_ENVIRONMENT("Familj och miljö");

        private final String swedishName;

        Side(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    private final Side side;
    private final String swedishName;

    BbicArea(Side side, String swedishName) {
        this.side = side;
        this.swedishName = swedishName;
    }

    public Side side() {
        return side;
    }

    public String swedishName() {
        return swedishName;
    }
}
