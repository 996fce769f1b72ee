package se.helhet.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.ActorKind;
import se.helhet.matter.TimelineEntry;

@Repository
class ReferralRepository {

    private static final String REFERRAL = """
            select r.id, r.matter_id, r.report_id, r.actor_kind, r.actor_name, r.purpose, r.referred_on, u.display_name
            from referral r join app_user u on u.id = r.referred_by""";

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID matterId, UUID reportId, ReferralRules.Checked r, UUID by) {
        jdbc.sql("""
                        insert into referral (id, matter_id, report_id, actor_kind, actor_name, purpose, referred_on,
                            referred_by)
                        values (:id, :matter, :report, :kind, :name, :purpose, :on, :by)""")
                .param("id", id).param("matter", matterId).param("report", reportId)
                .param("kind", r.actorKind().name()).param("name", r.actorName()).param("purpose", r.purpose())
                .param("on", r.referredOn()).param("by", by).update();
    }

    void insertFollowUp(UUID referralId, Referral.FollowUp f, UUID by) {
        jdbc.sql("""
                        insert into referral_follow_up (id, referral_id, followed_up_on, help_received,
                            help_received_on, note, recorded_by)
                        values (:id, :referral, :on, :received, :receivedOn, :note, :by)""")
                .param("id", UUID.randomUUID()).param("referral", referralId).param("on", f.followedUpOn())
                .param("received", f.helpReceived()).param("receivedOn", f.helpReceivedOn()).param("note", f.note())
                .param("by", by).update();
    }

    Optional<Referral> findById(UUID id) {
        return withFollowUps(jdbc.sql(REFERRAL + " where r.id = :id").param("id", id)
                .query((rs, n) -> referral(rs)).list()).stream().findFirst();
    }

    /** The matter's referrals, the latest first. */
    List<Referral> forMatter(UUID matterId) {
        return withFollowUps(jdbc.sql(REFERRAL + " where r.matter_id = :m order by r.referred_on desc, r.recorded_at desc")
                .param("m", matterId).query((rs, n) -> referral(rs)).list());
    }

    /** What one preliminary assessment (the report's, in this matter) linked the family to. */
    List<Referral> fromPreliminaryAssessment(UUID matterId, UUID reportId) {
        return withFollowUps(jdbc.sql(REFERRAL + " where r.matter_id = :m and r.report_id = :r order by r.recorded_at")
                .param("m", matterId).param("r", reportId).query((rs, n) -> referral(rs)).list());
    }

    /** Each referral and each follow-up as the matter's timeline shows it. */
    List<TimelineEntry> timeline(UUID matterId) {
        List<TimelineEntry> entries = new ArrayList<>(jdbc.sql("""
                        select r.recorded_at, r.actor_kind, r.actor_name, r.purpose, u.display_name
                        from referral r join app_user u on u.id = r.referred_by where r.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "REFERRAL",
                        ReferralTexts.referred(ActorKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)),
                        rs.getString(5)))
                .list());
        entries.addAll(jdbc.sql("""
                        select f.recorded_at, r.actor_name, f.followed_up_on, f.help_received, f.help_received_on,
                               u.display_name
                        from referral_follow_up f join referral r on r.id = f.referral_id
                        join app_user u on u.id = f.recorded_by where r.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "REFERRAL_FOLLOW_UP",
                        ReferralTexts.followedUp(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
                                rs.getObject(5, LocalDate.class)),
                        rs.getString(6)))
                .list());
        return entries;
    }

    private List<Referral> withFollowUps(List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return referrals;
        }
        Map<UUID, List<Referral.FollowUp>> byReferral = new HashMap<>();
        jdbc.sql("""
                        select f.referral_id, f.followed_up_on, f.help_received, f.help_received_on, f.note,
                               u.display_name
                        from referral_follow_up f join app_user u on u.id = f.recorded_by
                        where f.referral_id = any(:ids) order by f.followed_up_on, f.recorded_at""")
                .param("ids", referrals.stream().map(Referral::id).toArray(UUID[]::new))
                .query((rs, n) -> byReferral.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Referral.FollowUp(rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6))))
                .list();
        return referrals.stream().map(r -> new Referral(r.id(), r.matterId(), r.reportId(), r.actorKind(),
                r.actorName(), r.purpose(), r.referredOn(), r.referredBy(), byReferral.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        return new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                ActorKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8), List.of());
    }
}
