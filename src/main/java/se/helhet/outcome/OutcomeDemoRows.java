package se.helhet.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.instrument.ImpactAnswers;
import se.helhet.instrument.SdqResult;
import se.helhet.platform.DemoLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's outcome rows, gathered first and then written with one statement per table: the rows travel as
 * one JSON array that PostgreSQL turns back into rows ({@code jsonb_to_recordset}).
 */
@DemoLoader({"instrument_administration", "consent", "consent_recipient", "consent_giver", "person_relation"})
final class OutcomeDemoRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A parent's SDQ as answered and as the instrument module scored it. */
    record Sdq(List<Integer> responses, ImpactAnswers impact, SdqResult result) {
    }

    private final List<Map<String, Object>> consents = new ArrayList<>();
    private final List<Map<String, Object>> school = new ArrayList<>();
    private final List<Map<String, Object>> sdq = new ArrayList<>();
    private final List<Map<String, Object>> answers = new ArrayList<>();

    /** The child's consent to the matter's unit for school outcomes, given by the guardians registered. */
    void consent(UUID id, OutcomeDemoData.ClosedMatter m, String form, LocalDate given) {
        consents.add(row("id", id, "subject_id", m.childId(), "unit_id", m.unitId(), "form", form,
                "valid_from", given, "recorded_by", m.worker(), "recorded_at", at(given)));
    }

    int consents() {
        return consents.size();
    }

    void school(UUID id, OutcomeDemoData.ClosedMatter m, UUID consent, String timePoint, Term term, double attendance,
                boolean grades, int assessed, int passed, LocalDate on) {
        school.add(row("id", id, "child_id", m.childId(), "matter_id", m.id(), "consent_id", consent,
                "time_point", timePoint, "term", term.code(),
                "attendance_percent", BigDecimal.valueOf(attendance).setScale(1, RoundingMode.HALF_UP),
                "result_kind", grades ? "GRADES" : "IUP", "subjects_assessed", assessed, "subjects_passed", passed,
                "recorded_on", on, "recorded_by", m.worker(), "recorded_at", at(on)));
    }

    void sdq(UUID id, OutcomeDemoData.ClosedMatter m, String timePoint, LocalDate on, Sdq s) {
        SdqResult.Scores x = s.result().scores();
        Map<String, Object> scores = row("emotional", x.emotional(), "conduct", x.conduct(),
                "hyperactivity", x.hyperactivity(), "peer", x.peer(), "prosocial", x.prosocial(),
                "totalDifficulties", x.totalDifficulties(), "externalising", x.externalising(),
                "internalising", x.internalising(), "impact", x.impact());
        sdq.add(row("id", id, "person_id", m.childId(), "matter_id", m.id(), "administered_on", on,
                "time_point", timePoint, "responses", s.responses(), "impact", s.impact(), "scores", scores,
                "bands", s.result().bands(), "recorded_by", m.worker(), "recorded_at", at(on)));
    }

    void answers(UUID id, OutcomeDemoData.ClosedMatter m, String respondent, LocalDate on, List<Integer> given) {
        answers.add(row("id", id, "matter_id", m.id(), "respondent", respondent, "answered_on", on, "answers", given,
                "recorded_by", m.worker(), "recorded_at", at(on)));
    }

    void write(JdbcTemplate jdbc) {
        String consentRows = JSON.writeValueAsString(consents);
        jdbc.update("""
                insert into consent (id, subject_id, scopes, valid_from, form, recorded_by, recorded_at)
                select id, subject_id, array['SCHOOL_OUTCOMES'], valid_from, form, recorded_by, recorded_at
                from jsonb_to_recordset(cast(? as jsonb)) as r(id uuid, subject_id uuid, form text, valid_from date,
                    recorded_by uuid, recorded_at timestamptz)""", consentRows);
        jdbc.update("""
                insert into consent_recipient (consent_id, position, unit_id)
                select id, 0, unit_id from jsonb_to_recordset(cast(? as jsonb)) as r(id uuid, unit_id uuid)""",
                consentRows);
        jdbc.update("""
                insert into consent_giver (consent_id, person_id)
                select r.id, g.person_id from jsonb_to_recordset(cast(? as jsonb)) as r(id uuid, subject_id uuid)
                join person_relation g on g.related_person_id = r.subject_id and g.type = 'GUARDIAN'""", consentRows);
        jdbc.update("""
                insert into school_outcome (id, child_id, matter_id, consent_id, time_point, term, attendance_percent,
                    result_kind, subjects_assessed, subjects_passed, recorded_on, recorded_by, recorded_at)
                select * from jsonb_to_recordset(cast(? as jsonb)) as r(id uuid, child_id uuid, matter_id uuid,
                    consent_id uuid, time_point text, term text, attendance_percent numeric, result_kind text,
                    subjects_assessed int, subjects_passed int, recorded_on date, recorded_by uuid,
                    recorded_at timestamptz)""", JSON.writeValueAsString(school));
        jdbc.update("""
                insert into instrument_administration (id, person_id, matter_id, instrument, informant,
                    administered_on, time_point, responses, impact, scores, bands, recorded_by, recorded_at)
                select id, person_id, matter_id, 'SDQ', 'PARENT', administered_on, time_point, responses, impact,
                    scores, bands, recorded_by, recorded_at
                from jsonb_to_recordset(cast(? as jsonb)) as r(id uuid, person_id uuid, matter_id uuid,
                    administered_on date, time_point text, responses jsonb, impact jsonb, scores jsonb, bands jsonb,
                    recorded_by uuid, recorded_at timestamptz)""", JSON.writeValueAsString(sdq));
        jdbc.update("""
                insert into coordinated_support_answer (id, matter_id, respondent, answered_on, answers, recorded_by,
                    recorded_at)
                select * from jsonb_to_recordset(cast(? as jsonb)) as r(id uuid, matter_id uuid, respondent text,
                    answered_on date, answers jsonb, recorded_by uuid, recorded_at timestamptz)""",
                JSON.writeValueAsString(answers));
    }

    /** A row as column name and value pairs, in order. */
    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }
}
