package se.helhet.instrument;

import static se.helhet.instrument.SdqNorms.table;

/**
 * The published UK bands of the SDQ for ages 4-17, one table per informant, from the sdqinfo.org scoring pages:
 * "Scoring the SDQ" (the original three bands) and "SDQ English (UK) scoring" (www.sdqinfo.org/py/sdqinfo/b3.py;
 * the newer four bands). National (Swedish) norms can be added later as more tables of the same form.
 * Checked against copies of those tables: the teacher four-band rows except impact (PMC4830858, Table 1, which
 * quotes b3.py) and the parent three-band rows except impact (doi:10.1186/s12888-021-03218-x, Table 2, "UK"
 * columns). The other rows, and every impact row, are not yet checked against a copy; check them before
 * relying on them.
 */
final class SdqBands {

    static final SdqNorms PARENT = new SdqNorms(
            table("0-13 NORMAL|14-16 BORDERLINE|17-40 ABNORMAL",
                    "0-3 NORMAL|4 BORDERLINE|5-10 ABNORMAL",
                    "0-2 NORMAL|3 BORDERLINE|4-10 ABNORMAL",
                    "0-5 NORMAL|6 BORDERLINE|7-10 ABNORMAL",
                    "0-2 NORMAL|3 BORDERLINE|4-10 ABNORMAL",
                    "6-10 NORMAL|5 BORDERLINE|0-4 ABNORMAL",
                    "0 NORMAL|1 BORDERLINE|2-10 ABNORMAL"),
            table("0-13 CLOSE_TO_AVERAGE|14-16 SLIGHTLY_RAISED|17-19 HIGH|20-40 VERY_HIGH",
                    "0-3 CLOSE_TO_AVERAGE|4 SLIGHTLY_RAISED|5-6 HIGH|7-10 VERY_HIGH",
                    "0-2 CLOSE_TO_AVERAGE|3 SLIGHTLY_RAISED|4-5 HIGH|6-10 VERY_HIGH",
                    "0-5 CLOSE_TO_AVERAGE|6-7 SLIGHTLY_RAISED|8 HIGH|9-10 VERY_HIGH",
                    "0-2 CLOSE_TO_AVERAGE|3 SLIGHTLY_RAISED|4 HIGH|5-10 VERY_HIGH",
                    "8-10 CLOSE_TO_AVERAGE|7 SLIGHTLY_LOWERED|6 LOW|0-5 VERY_LOW",
                    "0 CLOSE_TO_AVERAGE|1 SLIGHTLY_RAISED|2 HIGH|3-10 VERY_HIGH"));

    /** The teacher's impact has three items (no home, no leisure), so it runs 0-6. */
    static final SdqNorms TEACHER = new SdqNorms(
            table("0-11 NORMAL|12-15 BORDERLINE|16-40 ABNORMAL",
                    "0-4 NORMAL|5 BORDERLINE|6-10 ABNORMAL",
                    "0-2 NORMAL|3 BORDERLINE|4-10 ABNORMAL",
                    "0-5 NORMAL|6 BORDERLINE|7-10 ABNORMAL",
                    "0-3 NORMAL|4 BORDERLINE|5-10 ABNORMAL",
                    "6-10 NORMAL|5 BORDERLINE|0-4 ABNORMAL",
                    "0 NORMAL|1 BORDERLINE|2-6 ABNORMAL"),
            table("0-11 CLOSE_TO_AVERAGE|12-15 SLIGHTLY_RAISED|16-18 HIGH|19-40 VERY_HIGH",
                    "0-3 CLOSE_TO_AVERAGE|4 SLIGHTLY_RAISED|5 HIGH|6-10 VERY_HIGH",
                    "0-2 CLOSE_TO_AVERAGE|3 SLIGHTLY_RAISED|4 HIGH|5-10 VERY_HIGH",
                    "0-5 CLOSE_TO_AVERAGE|6-7 SLIGHTLY_RAISED|8 HIGH|9-10 VERY_HIGH",
                    "0-2 CLOSE_TO_AVERAGE|3-4 SLIGHTLY_RAISED|5 HIGH|6-10 VERY_HIGH",
                    "6-10 CLOSE_TO_AVERAGE|5 SLIGHTLY_LOWERED|4 LOW|0-3 VERY_LOW",
                    "0 CLOSE_TO_AVERAGE|1 SLIGHTLY_RAISED|2 HIGH|3-6 VERY_HIGH"));

    static final SdqNorms SELF = new SdqNorms(
            table("0-15 NORMAL|16-19 BORDERLINE|20-40 ABNORMAL",
                    "0-5 NORMAL|6 BORDERLINE|7-10 ABNORMAL",
                    "0-3 NORMAL|4 BORDERLINE|5-10 ABNORMAL",
                    "0-5 NORMAL|6 BORDERLINE|7-10 ABNORMAL",
                    "0-3 NORMAL|4-5 BORDERLINE|6-10 ABNORMAL",
                    "6-10 NORMAL|5 BORDERLINE|0-4 ABNORMAL",
                    "0 NORMAL|1 BORDERLINE|2-10 ABNORMAL"),
            table("0-14 CLOSE_TO_AVERAGE|15-17 SLIGHTLY_RAISED|18-19 HIGH|20-40 VERY_HIGH",
                    "0-4 CLOSE_TO_AVERAGE|5 SLIGHTLY_RAISED|6 HIGH|7-10 VERY_HIGH",
                    "0-3 CLOSE_TO_AVERAGE|4 SLIGHTLY_RAISED|5 HIGH|6-10 VERY_HIGH",
                    "0-5 CLOSE_TO_AVERAGE|6 SLIGHTLY_RAISED|7 HIGH|8-10 VERY_HIGH",
                    "0-2 CLOSE_TO_AVERAGE|3 SLIGHTLY_RAISED|4 HIGH|5-10 VERY_HIGH",
                    "7-10 CLOSE_TO_AVERAGE|6 SLIGHTLY_LOWERED|5 LOW|0-4 VERY_LOW",
                    "0 CLOSE_TO_AVERAGE|1 SLIGHTLY_RAISED|2 HIGH|3-10 VERY_HIGH"));

    private SdqBands() {
    }

    static SdqNorms of(Informant informant) {
        return switch (informant) {
            case PARENT -> PARENT;
            case TEACHER -> TEACHER;
            case SELF -> SELF;
        };
    }
}
