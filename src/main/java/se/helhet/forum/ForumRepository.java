package se.helhet.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.ActorKind;

@Repository
class ForumRepository {

    /** How many meetings and consultations a forum has had, as the analyst sees it. */
    record Counts(UUID forumId, String forumName, long meetings, long anonymous, long withConsent) {
    }

    private static final String FORUM = """
            select f.id, f.name, f.unit_id, u.name as unit_name, f.area_id, f.serves, f.recurrence, f.schedule
            from forum f join unit u on u.id = f.unit_id""";

    private static final String CONSULTATION = """
            select c.id, c.meeting_id, c.age_group, c.brought_by, c.question, c.advice, c.actions, c.follow_up_by,
                   c.follow_up_on, k.child_id, k.consent_id
            from forum_consultation c left join forum_consultation_consent k on k.consultation_id = c.id""";

    private final JdbcClient jdbc;

    ForumRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Forum f, UUID by) {
        jdbc.sql("""
                        insert into forum (id, name, unit_id, area_id, serves, recurrence, schedule, created_by)
                        values (:id, :name, :unit, :area, :serves, :recurrence, :schedule, :by)""")
                .param("id", f.id()).param("name", f.name()).param("unit", f.unitId()).param("area", f.areaId())
                .param("serves", f.serves()).param("recurrence", f.recurrence().name())
                .param("schedule", f.schedule()).param("by", by).update();
    }

    List<Forum> forums() {
        return jdbc.sql(FORUM + " order by f.name").query((rs, n) -> forum(rs)).list();
    }

    Optional<Forum> forum(UUID id) {
        return jdbc.sql(FORUM + " where f.id = :id").param("id", id).query((rs, n) -> forum(rs)).optional();
    }

    void insert(ForumMeeting m, UUID by) {
        jdbc.sql("""
                        insert into forum_meeting (id, forum_id, held_on, notes, recorded_by)
                        values (:id, :forum, :on, :notes, :by)""")
                .param("id", m.id()).param("forum", m.forumId()).param("on", m.heldOn()).param("notes", m.notes())
                .param("by", by).update();
        int position = 0;
        for (Participant p : m.participants()) {
            jdbc.sql("""
                            insert into forum_participant (meeting_id, position, staff_id, actor_kind, name, role)
                            values (:meeting, :position, :staff, :kind, :name, :role)""")
                    .param("meeting", m.id()).param("position", position++).param("staff", p.staffId())
                    .param("kind", p.actorKind() == null ? null : p.actorKind().name()).param("name", p.name())
                    .param("role", p.role()).update();
        }
    }

    /** The forum's meetings, the latest first. */
    List<ForumMeeting> meetings(UUID forumId) {
        List<ForumMeeting> meetings = jdbc.sql("""
                        select m.id, m.forum_id, m.held_on, m.notes, u.display_name from forum_meeting m
                        join app_user u on u.id = m.recorded_by where m.forum_id = :forum order by m.held_on desc""")
                .param("forum", forumId).query((rs, n) -> meeting(rs)).list();
        return withParticipants(meetings);
    }

    Optional<ForumMeeting> meeting(UUID id) {
        return jdbc.sql("""
                        select m.id, m.forum_id, m.held_on, m.notes, u.display_name from forum_meeting m
                        join app_user u on u.id = m.recorded_by where m.id = :id""")
                .param("id", id).query((rs, n) -> meeting(rs)).optional()
                .map(m -> withParticipants(List.of(m)).getFirst());
    }

    void insert(Consultation c) {
        jdbc.sql("""
                        insert into forum_consultation (id, meeting_id, age_group, brought_by, question, advice, actions,
                            follow_up_by, follow_up_on)
                        values (:id, :meeting, :age, :broughtBy, :question, :advice, :actions, :followUpBy, :followUpOn)""")
                .param("id", c.id()).param("meeting", c.meetingId()).param("age", c.ageGroup().name())
                .param("broughtBy", c.broughtBy()).param("question", c.question()).param("advice", c.advice())
                .param("actions", c.actions()).param("followUpBy", c.followUpBy()).param("followUpOn", c.followUpOn())
                .update();
    }

    /** Only a consultation brought with consent has this row: the child and the consent it rests on. */
    void insertConsent(Consultation c) {
        jdbc.sql("""
                        insert into forum_consultation_consent (consultation_id, child_id, consent_id)
                        values (:id, :child, :consent)""")
                .param("id", c.id()).param("child", c.consent().childId()).param("consent", c.consent().consentId())
                .update();
    }

    /** The meeting's consultations, anonymous and with consent. */
    List<Consultation> consultations(UUID meetingId) {
        return jdbc.sql(CONSULTATION + " where c.meeting_id = :meeting order by c.age_group, c.question")
                .param("meeting", meetingId).query((rs, n) -> consultation(rs)).list();
    }

    /** Per forum: meetings held and consultations brought, anonymous and with consent. */
    List<Counts> counts() {
        return jdbc.sql("""
                        select f.id, f.name, count(distinct m.id), count(c.id) filter (where k.consultation_id is null),
                               count(k.consultation_id)
                        from forum f left join forum_meeting m on m.forum_id = f.id
                        left join forum_consultation c on c.meeting_id = m.id
                        left join forum_consultation_consent k on k.consultation_id = c.id
                        group by f.id, f.name order by f.name""")
                .query((rs, n) -> new Counts(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }

    private List<ForumMeeting> withParticipants(List<ForumMeeting> meetings) {
        if (meetings.isEmpty()) {
            return meetings;
        }
        Map<UUID, List<Participant>> byMeeting = new LinkedHashMap<>();
        jdbc.sql("""
                        select meeting_id, staff_id, actor_kind, name, role from forum_participant
                        where meeting_id = any(:ids) order by meeting_id, position""")
                .param("ids", meetings.stream().map(ForumMeeting::id).toArray(UUID[]::new))
                .query((rs, n) -> byMeeting.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Participant(rs.getObject(2, UUID.class),
                                rs.getString(3) == null ? null : ActorKind.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getString(5))))
                .list();
        return meetings.stream().map(m -> new ForumMeeting(m.id(), m.forumId(), m.heldOn(), m.notes(),
                byMeeting.getOrDefault(m.id(), List.of()), m.recordedBy())).toList();
    }

    private static Forum forum(ResultSet rs) throws SQLException {
        return new Forum(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getObject("area_id", UUID.class), rs.getString("serves"),
                Recurrence.valueOf(rs.getString("recurrence")), rs.getString("schedule"));
    }

    private static ForumMeeting meeting(ResultSet rs) throws SQLException {
        return new ForumMeeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, LocalDate.class), rs.getString(4), List.of(), rs.getString(5));
    }

    private static Consultation consultation(ResultSet rs) throws SQLException {
        return new Consultation(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                ConsultationAgeGroup.valueOf(rs.getString("age_group")), rs.getString("brought_by"),
                rs.getString("question"), rs.getString("advice"), rs.getString("actions"),
                rs.getString("follow_up_by"), rs.getObject("follow_up_on", LocalDate.class),
                rs.getObject("child_id") == null ? null : new Consultation.ConsentLink(rs.getObject("child_id", UUID.class),
                        rs.getObject("consent_id", UUID.class)));
    }
}
