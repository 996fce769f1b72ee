package se.helhet.sip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.ActorKind;

@Repository
class SipRepository {

    private static final String SIP = """
            select s.id, s.kind, s.person_id, s.matter_id, s.unit_id, un.name as unit_name, s.coordinator_id,
                   u.display_name, s.state, s.offered_on, s.accepted_on, s.declined_on, s.declined_reason, s.held_on,
                   s.needs, s.goals, s.follow_up_on, s.followed_up_on, s.follow_up_outcome
            from sip s join unit un on un.id = s.unit_id join app_user u on u.id = s.coordinator_id""";

    private final JdbcClient jdbc;

    SipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Sip s, UUID by) {
        jdbc.sql("""
                        insert into sip (id, kind, person_id, matter_id, unit_id, coordinator_id, state, offered_on, created_by)
                        values (:id, :kind, :person, :matter, :unit, :coordinator, :state, :offeredOn, :by)""")
                .param("id", s.id()).param("kind", s.kind().name()).param("person", s.personId())
                .param("matter", s.matterId()).param("unit", s.unitId()).param("coordinator", s.coordinatorId())
                .param("state", s.state().name()).param("offeredOn", s.offeredOn()).param("by", by).update();
        insertParticipants(s.id(), 0, s.participants());
    }

    /** Writes the step over the state it was read in, so two workers recording the same step at once get one. */
    boolean update(Sip s, SipState from) {
        Sip.Meeting m = s.meeting();
        Sip.FollowUp f = s.followUp();
        boolean updated = jdbc.sql("""
                        update sip set state = :state, accepted_on = :accepted, declined_on = :declined,
                            declined_reason = :reason, held_on = :held, needs = :needs, goals = :goals,
                            follow_up_on = :followUpOn, followed_up_on = :followedUp, follow_up_outcome = :outcome
                        where id = :id and state = :from""")
                .param("state", s.state().name()).param("accepted", s.acceptedOn()).param("declined", s.declinedOn())
                .param("reason", s.declinedReason()).param("held", m == null ? null : m.heldOn())
                .param("needs", m == null ? null : m.needs()).param("goals", m == null ? null : m.goals())
                .param("followUpOn", m == null ? null : m.followUpOn())
                .param("followedUp", f == null ? null : f.on()).param("outcome", f == null ? null : f.outcome())
                .param("id", s.id()).param("from", from.name())
                .update() == 1;
        if (updated && from == SipState.ACCEPTED && m != null) {
            insertParticipants(s.id(), s.participants().size(), m.added());
            for (int i = 0; i < m.actions().size(); i++) {
                SipAction a = m.actions().get(i);
                jdbc.sql("insert into sip_action (sip_id, position, who, what, by_when) values (:id, :p, :who, :what, :by)")
                        .param("id", s.id()).param("p", i).param("who", a.who()).param("what", a.what())
                        .param("by", a.byWhen()).update();
            }
        }
        return updated;
    }

    Optional<Sip> findById(UUID id) {
        return withParts(jdbc.sql(SIP + " where s.id = :id").param("id", id).query(SipRepository::sip).list())
                .stream().findFirst();
    }

    /** The plans of the persons, newest offer first. */
    List<Sip> forPersons(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return withParts(jdbc.sql(SIP + " where s.person_id in (:persons) order by s.offered_on desc, s.created_at desc")
                .param("persons", personIds).query(SipRepository::sip).list());
    }

    private void insertParticipants(UUID sipId, int first, List<Participant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            jdbc.sql("""
                            insert into sip_participant (sip_id, position, unit_id, actor_kind, actor_name)
                            values (:id, :p, :unit, :kind, :name)""")
                    .param("id", sipId).param("p", first + i).param("unit", p.unitId())
                    .param("kind", p.actorKind() == null ? null : p.actorKind().name()).param("name", p.actorName())
                    .update();
        }
    }

    /** The plans read, with their participants and actions read in one query each. */
    private List<Sip> withParts(List<Sip> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Sip::id).toList();
        Map<UUID, List<Participant>> participants = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.sip_id, p.position, p.unit_id, un.name, p.actor_kind, p.actor_name
                        from sip_participant p left join unit un on un.id = p.unit_id
                        where p.sip_id in (:ids) order by p.sip_id, p.position""")
                .param("ids", ids).query((rs, n) -> {
                    UUID unit = rs.getObject(3, UUID.class);
                    participants.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(unit != null
                            ? Participant.unit(unit, rs.getString(4))
                            : Participant.actor(ActorKind.valueOf(rs.getString(5)), rs.getString(6)));
                    return null;
                }).list();
        Map<UUID, List<SipAction>> actions = new LinkedHashMap<>();
        jdbc.sql("select sip_id, who, what, by_when from sip_action where sip_id in (:ids) order by sip_id, position")
                .param("ids", ids).query((rs, n) -> actions.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(new SipAction(rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))).list();
        return rows.stream().map(s -> assembled(s, participants.getOrDefault(s.id(), List.of()),
                actions.getOrDefault(s.id(), List.of()))).toList();
    }

    /** Read back, the participants added at the meeting stand after the invited ones, in one list. */
    private static Sip assembled(Sip s, List<Participant> all, List<SipAction> actions) {
        Sip.Meeting m = s.meeting();
        if (m == null) {
            return new Sip(s.id(), s.kind(), s.personId(), s.matterId(), s.unitId(), s.unitName(), s.coordinatorId(),
                    s.coordinatorName(), s.state(), s.offeredOn(), s.acceptedOn(), s.declinedOn(), s.declinedReason(),
                    null, s.followUp(), all);
        }
        return new Sip(s.id(), s.kind(), s.personId(), s.matterId(), s.unitId(), s.unitName(), s.coordinatorId(),
                s.coordinatorName(), s.state(), s.offeredOn(), s.acceptedOn(), s.declinedOn(), s.declinedReason(),
                new Sip.Meeting(m.heldOn(), m.needs(), m.goals(), actions, m.followUpOn(), List.of()), s.followUp(), all);
    }

    private static Sip sip(ResultSet rs, int n) throws SQLException {
        LocalDate held = rs.getObject("held_on", LocalDate.class);
        LocalDate followedUp = rs.getObject("followed_up_on", LocalDate.class);
        Sip.Meeting meeting = held == null ? null : new Sip.Meeting(held, rs.getString("needs"), rs.getString("goals"),
                List.of(), rs.getObject("follow_up_on", LocalDate.class), List.of());
        return new Sip(rs.getObject("id", UUID.class), SipKind.valueOf(rs.getString("kind")),
                rs.getObject("person_id", UUID.class), rs.getObject("matter_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getObject("coordinator_id", UUID.class),
                rs.getString("display_name"), SipState.valueOf(rs.getString("state")),
                rs.getObject("offered_on", LocalDate.class), rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("declined_on", LocalDate.class), rs.getString("declined_reason"), meeting,
                followedUp == null ? null : new Sip.FollowUp(followedUp, rs.getString("follow_up_outcome")),
                List.of());
    }
}
