package se.helhet.instrument;

/**
 * The Swedish cut-offs by sex for AUDIT and DUDIT as issue 4 specifies them, the zones Swedish social
 * services and addiction care use: AUDIT men 0-7 / 8-15 / 16-19 / 20-40, women 0-5 / 6-13 / 14-17 / 18-40;
 * DUDIT drug-related problems from 6 for men and 2 for women, probable dependence from 25.
 */
final class CutOffs {

    static final BandTable AUDIT_MEN = BandTable.of(
            "0-7 LOW_RISK", "8-15 HAZARDOUS", "16-19 HARMFUL", "20-40 PROBABLE_DEPENDENCE");
    static final BandTable AUDIT_WOMEN = BandTable.of(
            "0-5 LOW_RISK", "6-13 HAZARDOUS", "14-17 HARMFUL", "18-40 PROBABLE_DEPENDENCE");
    static final BandTable DUDIT_MEN = BandTable.of(
            "0-5 NO_PROBLEM_INDICATED", "6-24 DRUG_RELATED_PROBLEMS", "25-44 PROBABLE_DEPENDENCE");
    static final BandTable DUDIT_WOMEN = BandTable.of(
            "0-1 NO_PROBLEM_INDICATED", "2-24 DRUG_RELATED_PROBLEMS", "25-44 PROBABLE_DEPENDENCE");

    private CutOffs() {
    }

    static BandTable of(Instrument instrument, Sex sex) {
        boolean men = sex == Sex.MALE;
        return switch (instrument.code()) {
            case "AUDIT" -> men ? AUDIT_MEN : AUDIT_WOMEN;
            case "DUDIT" -> men ? DUDIT_MEN : DUDIT_WOMEN;
            default -> throw new IllegalArgumentException("No cut-offs by sex for " + instrument.code());
        };
    }
}
