package se.helhet.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ReadModel;

/**
 * The placements as the intervention module records them (a placement intervention that has started and not ended),
 * with the matter's unit and the child's age, read in one query beside the forum's own plans and meetings.
 */
@Repository
@ReadModel({"intervention", "matter", "person"})
class PlacementRepository {

    private static final String PLACEMENT = """
            select v.id, v.matter_id, v.child_id, v.code, v.started_on, v.provider_name, un.name as unit_name,
                   extract(year from age(:today, p.birth_date))::int as age,
                   pp.home_plan, pp.at_home, pp.school_name, pp.school_before, pp.school_during, pp.school_after,
                   pp.version
            from intervention v join matter m on m.id = v.matter_id join unit un on un.id = m.unit_id
            join person p on p.id = v.child_id
            left join placement_plan pp on pp.intervention_id = v.id
            where v.code in (:codes)""";

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every child placed today: started and neither completed nor ended early, the longest placed first. */
    List<Placement> running(LocalDate today) {
        return jdbc.sql(PLACEMENT + " and v.state = 'STARTED' order by v.started_on, v.id")
                .param("today", today).param("codes", Placement.CODES).query(PlacementRepository::placement).list();
    }

    Optional<Placement> find(UUID interventionId, LocalDate today) {
        return jdbc.sql(PLACEMENT + " and v.id = :id").param("today", today).param("codes", Placement.CODES)
                .param("id", interventionId).query(PlacementRepository::placement).optional();
    }

    /** Writes the plan over the version read (none for the first), so a plan changed meanwhile is not overwritten. */
    boolean savePlan(Placement placement, Placement.Plan plan, Integer readVersion, UUID by) {
        Placement.School s = plan.school();
        var sql = readVersion == null ? jdbc.sql("""
                insert into placement_plan (intervention_id, child_id, home_plan, at_home, school_name, school_before,
                    school_during, school_after, updated_by)
                values (:id, :child, :homePlan, :atHome, :school, :before, :during, :after, :by)
                on conflict (intervention_id) do nothing""")
                : jdbc.sql("""
                update placement_plan set home_plan = :homePlan, at_home = :atHome, school_name = :school,
                    school_before = :before, school_during = :during, school_after = :after, updated_by = :by,
                    updated_at = clock_timestamp(), version = version + 1
                where intervention_id = :id and version = :version""").param("version", readVersion);
        return sql.param("id", placement.interventionId()).param("child", placement.childId())
                .param("homePlan", plan.homePlan()).param("atHome", plan.atHome()).param("school", s.name())
                .param("before", s.before()).param("during", s.during()).param("after", s.after()).param("by", by)
                .update() == 1;
    }

    void insertMeeting(UUID id, LocalDate heldOn, List<UUID> participants, List<ForumMeeting.Review> reviews, UUID by) {
        jdbc.sql("insert into placement_forum_meeting (id, held_on, recorded_by) values (:id, :on, :by)")
                .param("id", id).param("on", heldOn).param("by", by).update();
        participants.forEach(p -> jdbc.sql("insert into placement_forum_participant (meeting_id, user_id) values (:m, :u)")
                .param("m", id).param("u", p).update());
        reviews.forEach(r -> jdbc.sql("""
                        insert into placement_forum_review (meeting_id, intervention_id, child_id, discussed, decided)
                        values (:m, :i, :c, :discussed, :decided)""")
                .param("m", id).param("i", r.interventionId()).param("c", r.childId()).param("discussed", r.discussed())
                .param("decided", r.decided()).update());
    }

    /** The meetings, newest first, without the children: dates, participants and how many children each reviewed. */
    List<ForumMeeting> meetings() {
        return jdbc.sql(MEETING + " order by f.held_on desc, f.recorded_at desc").query(PlacementRepository::meeting)
                .list();
    }

    Optional<ForumMeeting> meeting(UUID id) {
        return jdbc.sql(MEETING + " where f.id = :id").param("id", id).query(PlacementRepository::meeting).optional();
    }

    /** Every child reviewed at the meeting, with the matter the placement belongs to; the names come from the register. */
    List<ForumMeeting.Review> reviews(UUID meetingId) {
        return jdbc.sql("""
                        select r.intervention_id, v.matter_id, r.child_id, r.discussed, r.decided
                        from placement_forum_review r join intervention v on v.id = r.intervention_id
                        where r.meeting_id = :id order by v.started_on, r.intervention_id""")
                .param("id", meetingId)
                .query((rs, n) -> new ForumMeeting.Review(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), null, rs.getString(4), rs.getString(5)))
                .list();
    }

    private static final String MEETING = """
            select f.id, f.held_on,
                   array(select u.display_name from placement_forum_participant fp join app_user u on u.id = fp.user_id
                         where fp.meeting_id = f.id order by u.display_name) as participants,
                   (select count(*) from placement_forum_review r where r.meeting_id = f.id)::int as reviewed
            from placement_forum_meeting f""";

    private static ForumMeeting meeting(ResultSet rs, int n) throws SQLException {
        return new ForumMeeting(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                Arrays.asList((String[]) rs.getArray("participants").getArray()), rs.getInt("reviewed"), List.of());
    }

    private static Placement placement(ResultSet rs, int n) throws SQLException {
        return new Placement(rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                rs.getObject("child_id", UUID.class), rs.getString("code"), rs.getObject("started_on", LocalDate.class),
                rs.getString("provider_name"), rs.getString("unit_name"), rs.getInt("age"),
                new Placement.Plan(rs.getString("home_plan"), rs.getString("at_home"),
                        new Placement.School(rs.getString("school_name"), rs.getString("school_before"),
                                rs.getString("school_during"), rs.getString("school_after")),
                        (Integer) rs.getObject("version")));
    }
}
