package se.helhet.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import se.helhet.access.UnitKind;

/**
 * The fictional district's units and areas. Their ids are derived from the seed and the code rather than
 * drawn from the random stream, so they stay the same whatever the scale.
 */
final class Organisation {

    static final String INTAKE = "mottagning";
    static final String INVESTIGATION = "utredning";
    static final String PILOT_TEAM = "pilotteam";
    static final String ADDICTION = "beroende";
    static final String PSYCHIATRY = "socialpsykiatri";
    static final String DOMESTIC_VIOLENCE = "relationsvald";
    static final String FINANCIAL_AID = "ekonomi";
    static final String DISABILITY = "lss";
    static final String ADMINISTRATION = "forvaltning";
    static final String FOLLOW_UP = "uppfoljning";

    static final String CITY = "Ekstad";

    record DemoUnit(UUID id, String code, String name, UnitKind kind) {
    }

    /** postalCodes: 99x xx is outside the Swedish postal code range (100 00-984 99), so no real address. */
    record DemoArea(UUID id, String code, String name, boolean pilot, List<String> postalCodes) {
    }

    private final List<DemoUnit> units;
    private final List<DemoArea> areas;

    Organisation(long seed) {
        units = List.of(
                unit(seed, INTAKE, "Mottagningen", UnitKind.INTAKE),
                unit(seed, INVESTIGATION, "Barn och unga – utredning", UnitKind.CHILDREN_AND_YOUTH),
                unit(seed, PILOT_TEAM, "Barn och unga – pilotteamet Ekdalen", UnitKind.CHILDREN_AND_YOUTH),
                unit(seed, ADDICTION, "Vuxenenheten – beroende", UnitKind.ADULT_ADDICTION),
                unit(seed, PSYCHIATRY, "Socialpsykiatri", UnitKind.ADULT_PSYCHIATRY),
                unit(seed, DOMESTIC_VIOLENCE, "Relationsvåld", UnitKind.DOMESTIC_VIOLENCE),
                unit(seed, FINANCIAL_AID, "Ekonomiskt bistånd", UnitKind.FINANCIAL_AID),
                unit(seed, DISABILITY, "LSS", UnitKind.DISABILITY_SUPPORT),
                unit(seed, ADMINISTRATION, "Förvaltningsstöd", UnitKind.ADMINISTRATION),
                unit(seed, FOLLOW_UP, "Uppföljning och utveckling", UnitKind.FOLLOW_UP));
        areas = List.of(
                area(seed, "ekdalen", "Ekdalen", true, "990 10", "990 11", "990 12"),
                area(seed, "norrby", "Norrby", false, "990 20", "990 21"),
                area(seed, "sjovik", "Sjövik", false, "990 30", "990 31"),
                area(seed, "lindasen", "Lindåsen", false, "990 40", "990 41"),
                area(seed, "tallmon", "Tallmon", false, "990 50", "990 51"),
                area(seed, "strandangen", "Strandängen", false, "990 60", "990 61"),
                area(seed, "granbacken", "Granbacken", false, "990 70", "990 71"));
    }

    List<DemoUnit> units() {
        return units;
    }

    List<DemoArea> areas() {
        return areas;
    }

    DemoUnit unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(code));
    }

    DemoArea pilotArea() {
        return areas.getFirst();
    }

    List<DemoArea> ordinaryAreas() {
        return areas.subList(1, areas.size());
    }

    static UUID fixedId(long seed, String kind, String code) {
        return UUID.nameUUIDFromBytes(("helhet-demo/" + seed + "/" + kind + "/" + code).getBytes(UTF_8));
    }

    private static DemoUnit unit(long seed, String code, String name, UnitKind kind) {
        return new DemoUnit(fixedId(seed, "unit", code), code, name, kind);
    }

    private static DemoArea area(long seed, String code, String name, boolean pilot, String... postalCodes) {
        return new DemoArea(fixedId(seed, "area", code), code, name, pilot, List.of(postalCodes));
    }
}
