package se.helhet.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SupportAnswerRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANSWER = """
            select a.id, a.matter_id, a.respondent, a.answered_on, a.answers::text as answers, u.display_name,
                   a.recorded_at
            from coordinated_support_answer a join app_user u on u.id = a.recorded_by""";

    private final JdbcClient jdbc;

    SupportAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID matterId, Respondent respondent, LocalDate answeredOn, List<Integer> answers, UUID by) {
        jdbc.sql("""
                        insert into coordinated_support_answer (id, matter_id, respondent, answered_on, answers, recorded_by)
                        values (:id, :matter, :respondent, :on, cast(:answers as jsonb), :by)""")
                .param("id", id).param("matter", matterId).param("respondent", respondent.name())
                .param("on", answeredOn).param("answers", JSON.writeValueAsString(answers)).param("by", by)
                .update();
    }

    Optional<SupportAnswer> findById(UUID id) {
        return jdbc.sql(ANSWER + " where a.id = :id").param("id", id).query(SupportAnswerRepository::answer)
                .optional();
    }

    /** Oldest first. */
    List<SupportAnswer> forMatter(UUID matterId) {
        return jdbc.sql(ANSWER + " where a.matter_id = :m order by a.answered_on, a.recorded_at")
                .param("m", matterId).query(SupportAnswerRepository::answer).list();
    }

    private static SupportAnswer answer(ResultSet rs, int row) throws SQLException {
        return new SupportAnswer(rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                Respondent.valueOf(rs.getString("respondent")), rs.getObject("answered_on", LocalDate.class),
                JSON.readValue(rs.getString("answers"), new TypeReference<List<Integer>>() { }),
                rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant());
    }
}
