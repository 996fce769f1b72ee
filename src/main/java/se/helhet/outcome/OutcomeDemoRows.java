package se.helhet.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.instrument.ImpactAnswers;
import se.helhet.instrument.SdqResult;
import tools.jackson.databind.json.JsonMapper;

/** The rows to write, gathered first so they go to the database in a few batches. */
final class OutcomeDemoRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A parent's SDQ as answered and as the instrument module scored it. */
    record Sdq(List<Integer> responses, ImpactAnswers impact, SdqResult result) {
    }

    private final List<Object[]> consents = new ArrayList<>();
    private final List<Object[]> school = new ArrayList<>();
    private final List<Object[]> sdq = new ArrayList<>();
    private final List<Object[]> answers = new ArrayList<>();

    void consent(UUID id, OutcomeDemoData.ClosedMatter m, String guardians, LocalDate given) {
        consents.add(new Object[] {id, m.childId(), m.id(), guardians, given, m.worker(), at(given)});
    }

    int consents() {
        return consents.size();
    }

    void school(UUID id, OutcomeDemoData.ClosedMatter m, UUID consent, String timePoint, Term term, double attendance,
                boolean grades, int assessed, int passed, LocalDate on) {
        school.add(new Object[] {id, m.childId(), m.id(), consent, timePoint, term.code(),
                BigDecimal.valueOf(attendance).setScale(1, RoundingMode.HALF_UP), grades ? "GRADES" : "IUP",
                assessed, passed, on, m.worker(), at(on)});
    }

    void sdq(UUID id, OutcomeDemoData.ClosedMatter m, String timePoint, LocalDate on, Sdq s) {
        SdqResult.Scores x = s.result().scores();
        var scores = new LinkedHashMap<String, Integer>();
        scores.put("emotional", x.emotional());
        scores.put("conduct", x.conduct());
        scores.put("hyperactivity", x.hyperactivity());
        scores.put("peer", x.peer());
        scores.put("prosocial", x.prosocial());
        scores.put("totalDifficulties", x.totalDifficulties());
        scores.put("externalising", x.externalising());
        scores.put("internalising", x.internalising());
        scores.put("impact", x.impact());
        sdq.add(new Object[] {id, m.childId(), m.id(), on, timePoint, JSON.writeValueAsString(s.responses()),
                JSON.writeValueAsString(s.impact()), JSON.writeValueAsString(scores),
                JSON.writeValueAsString(s.result().bands()), m.worker(), at(on)});
    }

    void answers(UUID id, OutcomeDemoData.ClosedMatter m, String respondent, LocalDate on, List<Integer> given) {
        answers.add(new Object[] {id, m.id(), respondent, on, JSON.writeValueAsString(given), m.worker(), at(on)});
    }

    void write(JdbcTemplate jdbc) {
        jdbc.batchUpdate("""
                insert into consent_note (id, child_id, matter_id, purpose, guardians, given_on, noted_by, noted_at)
                values (?, ?, ?, 'SCHOOL_OUTCOMES', ?, ?, ?, ?)""", consents);
        jdbc.batchUpdate("""
                insert into school_outcome (id, child_id, matter_id, consent_id, time_point, term, attendance_percent,
                    result_kind, subjects_assessed, subjects_passed, recorded_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", school);
        jdbc.batchUpdate("""
                insert into instrument_administration (id, person_id, matter_id, instrument, informant,
                    administered_on, time_point, responses, impact, scores, bands, recorded_by, recorded_at)
                values (?, ?, ?, 'SDQ', 'PARENT', ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
                    cast(? as jsonb), ?, ?)""", sdq);
        jdbc.batchUpdate("""
                insert into coordinated_support_answer (id, matter_id, respondent, answered_on, answers, recorded_by,
                    recorded_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""", answers);
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    }
}
