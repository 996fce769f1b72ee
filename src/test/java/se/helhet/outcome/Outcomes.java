package se.helhet.outcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;

/** A matter to record outcomes in, and the requests that record them, for the outcome tests. */
final class Outcomes {

    /** The SDQ's difficulty items scored 0, 1, 2 as answered (the others are reverse-scored). */
    private static final int[] PLAIN_DIFFICULTY_ITEMS = {3, 8, 13, 16, 24, 5, 12, 18, 22, 2, 10, 15, 6, 19, 23};
    private static final Set<Integer> REVERSED = Set.of(7, 11, 14, 21, 25);

    private Outcomes() {
    }

    /** An open matter in the intake unit, where the intake worker works. */
    static CaseFlow.Opened openMatter(int port, int age, String name) {
        return CaseFlow.reported(port, age, name, "CONCERN_REPORT");
    }

    static String school(String timePoint, String term, String attendance, int assessed, int passed) {
        return Api.json("{'timePoint': '%s', 'term': '%s', 'attendancePercent': %s, 'resultKind': 'IUP', "
                + "'subjectsAssessed': %d, 'subjectsPassed': %d}", timePoint, term, attendance, assessed, passed);
    }

    /** 25 raw SDQ answers with this total difficulties score (0-30) and prosocial 0. */
    static String sdq(String matterId, String timePoint, String date, int total) {
        List<Integer> raw = new ArrayList<>(Collections.nCopies(25, 0));
        REVERSED.forEach(item -> raw.set(item - 1, 2));
        for (int item : PLAIN_DIFFICULTY_ITEMS) {
            int points = Math.min(2, total);
            raw.set(item - 1, points);
            total -= points;
        }
        return Api.json("{'instrument': 'SDQ', 'informant': 'PARENT', 'administeredOn': '%s', 'timePoint': '%s', "
                + "'matterId': '%s', 'responses': %s, 'impact': {'difficulties': 0}}", date, timePoint, matterId, raw);
    }
}
