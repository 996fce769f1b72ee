package se.helhet.survey;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

    /** A stored answer to one question: a step 1-5 or a text. */
    record Answer(UUID questionId, Integer step, String text) {
    }

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SurveySummary> summaries() {
        return jdbc.sql("""
                        select s.id, s.audience, s.year, s.title, s.state,
                               (select count(*) from survey_question q where q.survey_id = s.id) as questions,
                               (select count(*) from survey_response r where r.survey_id = s.id) as responses
                        from survey s
                        order by s.year desc, s.audience""")
                .query((rs, n) -> new SurveySummary(rs.getObject("id", UUID.class),
                        Audience.valueOf(rs.getString("audience")), rs.getInt("year"), rs.getString("title"),
                        SurveyState.valueOf(rs.getString("state")), rs.getInt("questions"),
                        ResponseCount.of(SurveyState.valueOf(rs.getString("state")), rs.getLong("responses"))))
                .list();
    }

    Optional<Survey> find(UUID id) {
        return jdbc.sql("select id, audience, year, title, state from survey where id = :id")
                .param("id", id)
                .query((rs, n) -> new Survey(id, Audience.valueOf(rs.getString("audience")), rs.getInt("year"),
                        rs.getString("title"), SurveyState.valueOf(rs.getString("state")), questions(id)))
                .optional();
    }

    /** Earlier and this year's closed surveys to the same audience, oldest first: open ones show no results. */
    List<Survey> closedToSameAudienceUpTo(Audience audience, int year) {
        return jdbc.sql("""
                        select id from survey where audience = :audience and year <= :year and state = 'CLOSED'
                        order by year""")
                .param("audience", audience.name()).param("year", year)
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /**
     * A new draft; false when the audience already has a survey that year. The unique constraint decides, so
     * two managers creating the same survey at once get one survey and one refusal, not an error.
     */
    boolean insert(UUID id, Audience audience, int year, String title, UUID createdBy) {
        return jdbc.sql("""
                        insert into survey (id, audience, year, title, state, created_by)
                        values (:id, :audience, :year, :title, 'DRAFT', :createdBy)
                        on conflict (audience, year) do nothing""")
                .param("id", id).param("audience", audience.name()).param("year", year).param("title", title)
                .param("createdBy", createdBy).update() == 1;
    }

    void insert(UUID surveyId, Question q) {
        jdbc.sql("""
                        insert into survey_question (id, survey_id, position, question_key, kind, text, scale_labels)
                        values (:id, :surveyId, :position, :key, :kind, :text, :labels)""")
                .param("id", q.id()).param("surveyId", surveyId).param("position", q.position()).param("key", q.key())
                .param("kind", q.kind().name()).param("text", q.text())
                .param("labels", q.likert() ? q.scaleLabels().toArray(String[]::new) : null)
                .update();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from survey)").query(Boolean.class).single();
    }

    /**
     * The demo's synthetic responses in two statements, answers given as parallel lists. Not written again as
     * {@link #insertResponse} does: they come from no code and no person.
     */
    void insertDemoResponses(UUID surveyId, List<UUID> responseIds, List<String> channels, List<UUID> answerResponses,
                             List<UUID> answerQuestions, List<Integer> steps, List<String> texts) {
        jdbc.sql("insert into survey_response (id, survey_id, channel) select unnest(?::uuid[]), ?, unnest(?::text[])")
                .params(responseIds.toArray(UUID[]::new), surveyId, channels.toArray(String[]::new)).update();
        jdbc.sql("""
                        insert into survey_answer (response_id, question_id, step, free_text)
                        select unnest(?::uuid[]), unnest(?::uuid[]), unnest(?::smallint[]), unnest(?::text[])""")
                .params(answerResponses.toArray(UUID[]::new), answerQuestions.toArray(UUID[]::new),
                        steps.toArray(Integer[]::new), texts.toArray(String[]::new))
                .update();
    }

    void changeState(UUID id, SurveyState state) {
        jdbc.sql("update survey set state = :state where id = :id").param("id", id).param("state", state.name()).update();
    }

    void insertCodes(UUID surveyId, List<String> hashes) {
        for (String hash : hashes) {
            jdbc.sql("insert into survey_code (code_hash, survey_id) values (:hash, :surveyId)")
                    .param("hash", hash).param("surveyId", surveyId).update();
        }
    }

    /** The survey an unused code opens. */
    Optional<UUID> surveyOfUnusedCode(String hash) {
        return jdbc.sql("select survey_id from survey_code where code_hash = :hash and not used")
                .param("hash", hash).query(UUID.class).optional();
    }

    /** Marks the code used; false when it was used (or never existed) already. */
    boolean use(String hash) {
        return jdbc.sql("update survey_code set used = true where code_hash = :hash and not used")
                .param("hash", hash).update() == 1;
    }

    /**
     * Stores one response under a random id. Then every response and answer of the survey is written again
     * in the same transaction, so they all carry this transaction's number (PostgreSQL's xmin): the one
     * stamp that could otherwise pair a response with the code used in the same transaction, or order the
     * responses in time. Responses to one survey are stored one at a time (the survey row is locked), so a
     * response stored at the same moment is written again by the next one too.
     */
    void insertResponse(UUID surveyId, Channel channel, List<Answer> answers) {
        jdbc.sql("select id from survey where id = :surveyId for update").param("surveyId", surveyId)
                .query(UUID.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, survey_id, channel) values (:id, :surveyId, :channel)")
                .param("id", id).param("surveyId", surveyId).param("channel", channel.name()).update();
        for (Answer a : answers) {
            jdbc.sql("""
                            insert into survey_answer (response_id, question_id, step, free_text)
                            values (:responseId, :questionId, :step, :text)""")
                    .param("responseId", id).param("questionId", a.questionId()).param("step", a.step())
                    .param("text", a.text()).update();
        }
        jdbc.sql("update survey_response set channel = channel where survey_id = :surveyId")
                .param("surveyId", surveyId).update();
        jdbc.sql("""
                        update survey_answer set step = step
                        where response_id in (select id from survey_response where survey_id = :surveyId)""")
                .param("surveyId", surveyId).update();
    }

    /** Responses in all, and how many of them were entered from paper. */
    long[] responseCounts(UUID surveyId) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where channel = 'PAPER')
                        from survey_response where survey_id = :surveyId""")
                .param("surveyId", surveyId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** For each scale question: how many answered 1, 2, 3, 4 and 5. */
    Map<UUID, long[]> stepCounts(UUID surveyId) {
        Map<UUID, long[]> counts = new HashMap<>();
        jdbc.sql("""
                        select a.question_id, a.step, count(*) as answers
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where r.survey_id = :surveyId and a.step is not null
                        group by a.question_id, a.step""")
                .param("surveyId", surveyId)
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getObject("question_id", UUID.class), k -> new long[Question.STEPS])
                            [rs.getInt("step") - 1] = rs.getLong("answers");
                });
        return counts;
    }

    /** The free texts of each question, in alphabetical order: never in the order they came. */
    Map<UUID, List<String>> freeTexts(UUID surveyId) {
        Map<UUID, List<String>> texts = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.question_id, a.free_text
                        from survey_answer a join survey_response r on r.id = a.response_id
                        where r.survey_id = :surveyId and a.free_text is not null
                        order by a.free_text""")
                .param("surveyId", surveyId)
                .query((ResultSet rs) -> {
                    texts.computeIfAbsent(rs.getObject("question_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("free_text"));
                });
        return texts;
    }

    private List<Question> questions(UUID surveyId) {
        return jdbc.sql("""
                        select id, position, question_key, kind, text, scale_labels
                        from survey_question where survey_id = :surveyId order by position""")
                .param("surveyId", surveyId)
                .query((rs, n) -> new Question(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("question_key"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        labels(rs.getArray("scale_labels"))))
                .list();
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
