package se.helhet.safety;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SafetyRatingRepository {

    private final JdbcClient jdbc;

    SafetyRatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID childId, LocalDate ratedOn, int score, SafetyRating.Rater rater, String comment,
                UUID by) {
        Map<String, Object> values = new HashMap<>();
        values.put("comment", comment);
        jdbc.sql("""
                        insert into safety_rating (id, child_id, rated_on, score, rater, comment, recorded_by)
                        values (:id, :child, :on, :score, :rater, :comment, :by)""")
                .param("id", id).param("child", childId).param("on", ratedOn).param("score", score)
                .param("rater", rater.name()).param("by", by).params(values).update();
    }

    /** The child's ratings, oldest first: the order of the chart. */
    List<SafetyRating> forChild(UUID childId) {
        return jdbc.sql("""
                        select s.id, s.child_id, s.rated_on, s.score, s.rater, s.comment, u.display_name, s.recorded_at
                        from safety_rating s join app_user u on u.id = s.recorded_by
                        where s.child_id = :child order by s.rated_on, s.recorded_at""")
                .param("child", childId)
                .query((rs, n) -> new SafetyRating(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), SafetyRating.Rater.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Of these persons, those with a rating: the family view reads only their ratings. */
    List<UUID> rated(java.util.Collection<UUID> personIds) {
        return jdbc.sql("select distinct child_id from safety_rating where child_id = any(:ids)")
                .param("ids", personIds.toArray(UUID[]::new)).query(UUID.class).list();
    }
}
