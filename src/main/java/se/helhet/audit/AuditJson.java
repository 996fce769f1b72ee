package se.helhet.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.helhet.common.AreaChoice;
import se.helhet.common.Level;

/** The API's view of an audit and of one question's results, shared by the audit and comparison answers. */
record AuditJson(UUID id, String name, UUID keyId, String keyName, int keyVersion, CriteriaJson criteria, String seed,
                 AuditStatus status, Integer eligibleCount, int sampled, int reviewed, Instant drawnAt,
                 Instant createdAt) {

    record CriteriaJson(List<UUID> unitIds, List<String> unitNames, AreaChoice area, LocalDate closedFrom,
                        LocalDate closedTo, Level level, int sampleSize) {
    }

    /** Shares are 0-1 of yes + partly + no (not applicable left out); a scale question has its mean instead. */
    record ResultJson(int number, String group, String text, String answerKind, long yes, long partly, long no,
                      long notApplicable, long applicable, Double yesShare, Double partlyShare, Double noShare,
                      long scaled, Double mean) {

        static ResultJson of(QuestionResult r) {
            var q = r.question();
            return new ResultJson(q.number(), q.group(), q.text(), q.kind().name(), r.yes(), r.partly(), r.no(),
                    r.notApplicable(), r.applicable(), r.yesShare(), r.partlyShare(), r.noShare(), r.scaled(), r.mean());
        }
    }

    static AuditJson of(Audit a) {
        var c = a.criteria();
        return new AuditJson(a.id(), a.name(), a.keyId(), a.keyName(), a.keyVersion(),
                new CriteriaJson(c.unitIds(), a.unitNames(), c.area(), c.closedFrom(), c.closedTo(), c.level(),
                        c.sampleSize()),
                a.seed(), a.status(), a.eligibleCount(), a.sampled(), a.reviewed(), a.drawnAt(), a.createdAt());
    }
}
