package se.helhet.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contacts made during a child's preliminary assessment. */
@Repository
class ContactRepository {

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID reportId, UUID childId, LocalDate contactedOn, PreliminaryContact.Party party, String otherParty,
                boolean consentNoted, String note, UUID recordedBy) {
        jdbc.sql("""
                        insert into preliminary_contact (report_id, child_id, contacted_on, party, other_party,
                            consent_noted, note, recorded_by)
                        values (:r, :c, :on, :party, :other, :consent, :note, :by)""")
                .param("r", reportId).param("c", childId).param("on", contactedOn).param("party", party.name())
                .param("other", otherParty).param("consent", consentNoted).param("note", note).param("by", recordedBy)
                .update();
    }

    List<PreliminaryContact> forChild(UUID reportId, UUID childId) {
        return jdbc.sql("""
                        select c.contacted_on, c.party, c.other_party, c.consent_noted, c.note, u.display_name
                        from preliminary_contact c join app_user u on u.id = c.recorded_by
                        where c.report_id = :r and c.child_id = :c order by c.contacted_on, c.id""")
                .param("r", reportId).param("c", childId)
                .query((rs, n) -> new PreliminaryContact(rs.getObject(1, LocalDate.class),
                        PreliminaryContact.Party.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
