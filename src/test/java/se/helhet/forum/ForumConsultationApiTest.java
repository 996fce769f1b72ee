package se.helhet.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;

@HelhetTest
class ForumConsultationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void anAnonymousConsultationLeavesNoPersonLinkAnywhereInTheDatabase() {
        var flow = new ForumFlow(port);
        var meeting = flow.meeting(flow.forum("Forum utan namn"), "2026-11-03");

        var brought = Api.as(port, "socsek").post(flow.consultations(meeting), ForumFlow.anonymousQuestion(
                "En elev i årskurs 4 är ofta trött och hungrig och berättar om bråk hemma."));

        assertThat(brought.status()).isEqualTo(201);
        assertThat(brought.json().get("anonymous").asBoolean()).isTrue();
        String id = brought.json().get("id").asString();
        // Only the consent path's own table may point at a person, and the anonymous consultation has no row there.
        assertThat(personColumnsOfForumTables()).containsExactlyInAnyOrder(
                "forum_consultation_consent.child_id", "forum_consultation_consent references person");
        assertThat(jdbc().sql("select count(*) from forum_consultation_consent where consultation_id = ?::uuid")
                .param(id).query(Long.class).single()).isZero();
        // Every row the consultation has, and the meeting and forum it hangs on, against every person held.
        for (String row : List.of(
                "select to_jsonb(c)::text from forum_consultation c where c.id = ?::uuid",
                "select to_jsonb(m)::text from forum_meeting m join forum_consultation c on c.meeting_id = m.id where c.id = ?::uuid",
                "select to_jsonb(p)::text from forum_participant p join forum_consultation c on c.meeting_id = p.meeting_id where c.id = ?::uuid",
                "select to_jsonb(f)::text from forum f join forum_meeting m on m.forum_id = f.id join forum_consultation c on c.meeting_id = m.id where c.id = ?::uuid")) {
            for (String json : jdbc().sql(row).param(id).query(String.class).list()) {
                assertThat(personsNamedIn(json)).as(json).isZero();
            }
        }
        assertThat(jdbc().sql("select count(*) from trace where record_id = ?").param(id).query(Long.class).single())
                .isZero();
        var listed = Api.as(port, "socsek").get(flow.consultations(meeting));
        assertThat(listed.json().get(0).get("question").asString()).startsWith("En elev i årskurs 4");
    }

    @Test
    void aConsultationWithConsentNeedsAConsentInForceAndTheLogNamesIt() {
        var opened = CaseFlow.reported(port, 9, "Sigrid", "CONCERN_REPORT");
        var flow = new ForumFlow(port);
        var forum = flow.forum("Forum med samtycke", "chef");
        var meeting = flow.meeting(forum, "2026-11-17");
        String withChild = Api.json("""
                {'ageGroup': 'SCHOOL_AGE', 'broughtBy': 'Socialsekreteraren', 'question': 'Hur stöttar skolan bäst?',
                 'advice': 'Anpassad studiegång och samtal med kuratorn.', 'followUpBy': 'Socialsekreteraren',
                 'childId': '%s'}""", opened.childId());

        var withoutConsent = Api.as(port, "chef").post(flow.consultations(meeting), withChild);
        assertThat(withoutConsent.status()).isEqualTo(400);
        assertThat(withoutConsent.json().get("errors").findValuesAsString("field")).containsExactly("childId");

        String consent = Api.as(port, "mottagning").post("/api/v1/consents", Consenting.consent(opened.childId(),
                Consenting.guardians(port, opened.childId(), 2), forum.get("unitId").asString(), "FORUM_CONSULTATION"))
                .json().get("id").asString();
        var brought = Api.as(port, "chef").post(flow.consultations(meeting), withChild);

        assertThat(brought.status()).as(brought.body()).isEqualTo(201);
        assertThat(brought.json().get("anonymous").asBoolean()).isFalse();
        assertThat(brought.json().get("consentId").asString()).isEqualTo(consent);
        String id = brought.json().get("id").asString();
        assertThat(jdbc().sql("""
                        select consent_id::text from trace where record_type = 'forum-consultation' and action = 'CREATE'
                          and record_id = ? and person_id = ?::uuid""")
                .param(id).param(opened.childId()).query(String.class).list()).containsExactly(consent);
        var listed = Api.as(port, "chef").get(flow.consultations(meeting)).json().get(0);
        assertThat(listed.get("childName").asString()).startsWith("Sigrid");
        assertThat(listed.get("consentInForce").asBoolean()).isTrue();

        Api.as(port, "mottagning").post("/api/v1/consents/" + consent + "/withdrawal",
                Api.json("{'reason': 'Vårdnadshavarna vill inte längre.'}"));
        var afterWithdrawal = Api.as(port, "chef").get(flow.consultations(meeting)).json().get(0);
        assertThat(afterWithdrawal.get("consentInForce").asBoolean()).isFalse();
        assertThat(afterWithdrawal.get("childId").isNull()).isTrue();
        assertThat(afterWithdrawal.get("childName").isNull()).isTrue();
        assertThat(Api.as(port, "chef").post(flow.consultations(meeting), withChild).status()).isEqualTo(400);
    }

    @Test
    void aTextShapedLikeAPersonnummerOrSamordningsnummerIsRefusedNamingTheField() {
        var flow = new ForumFlow(port);
        var meeting = flow.meeting(flow.forum("Forum som avvisar nummer"), "2026-11-03");
        String number = TestNumbers.unused();
        String tenDigits = number.substring(2, 8) + "-" + number.substring(8);
        // A samordningsnummer: the day plus 60.
        String coordination = number.substring(2, 6) + (Integer.parseInt(number.substring(6, 8)) + 60)
                + number.substring(8);

        for (String shape : List.of(number, number.substring(0, 8) + "-" + number.substring(8), tenDigits,
                number.substring(2), coordination, number.substring(0, 6) + (Integer.parseInt(number.substring(6, 8)) + 60)
                        + "-" + number.substring(8))) {
            var refused = Api.as(port, "socsek").post(flow.consultations(meeting),
                    ForumFlow.anonymousQuestion("Gäller barnet " + shape + " i klass 4."));
            assertThat(refused.status()).as(shape).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsString("field")).as(shape).containsExactly("question");
        }
        var inAdvice = Api.as(port, "socsek").post(flow.consultations(meeting), Api.json("""
                {'ageGroup': 'TEENAGER', 'broughtBy': 'Skolsköterskan', 'question': 'Ofta frånvarande.',
                 'advice': 'Ring %s', 'followUpBy': 'Skolsköterskan'}""", tenDigits));
        assertThat(inAdvice.status()).isEqualTo(400);
        assertThat(inAdvice.json().get("errors").findValuesAsString("field")).containsExactly("advice");
        assertThat(jdbc().sql("select count(*) from forum_consultation where advice like ?").param("%" + tenDigits)
                .query(Long.class).single()).isZero();
    }

    @Test
    void datesTelephoneNumbersAndCountsAreNoIdentityNumbers() {
        var flow = new ForumFlow(port);
        var meeting = flow.meeting(flow.forum("Forum med datum"), "2026-11-03");

        var brought = Api.as(port, "socsek").post(flow.consultations(meeting), ForumFlow.anonymousQuestion(
                "Sedan 2026-09-01 har eleven varit borta 14 dagar av 60; skolan nås på 08-123 456 78."));

        assertThat(brought.status()).isEqualTo(201);
    }

    @Test
    void theForumIsForSocialWorkersAndManagersAndTheAnalystSeesCountsOnly() {
        var flow = new ForumFlow(port);
        var forum = flow.forum("Forum för räkning");
        var meeting = flow.meeting(forum, "2026-10-06");
        Api.as(port, "chef").post(flow.consultations(meeting), ForumFlow.anonymousQuestion("Oro för ett syskonpar."));
        String forumPath = "/api/v1/forums/" + forum.get("id").asString();

        assertThat(Api.as(port, "analytiker").get(forumPath).status()).isEqualTo(403);
        assertThat(Api.as(port, "analytiker").get(flow.consultations(meeting)).status()).isEqualTo(403);
        assertThat(Api.as(port, "mottagning").post("/api/v1/forums", Api.json("{'name': 'X'}")).status())
                .isEqualTo(403);
        var counts = Api.as(port, "analytiker").get("/api/v1/forums/counts");
        assertThat(counts.status()).isEqualTo(200);
        var mine = java.util.stream.StreamSupport.stream(counts.json().spliterator(), false)
                .filter(c -> c.get("forumId").asString().equals(forum.get("id").asString())).findFirst().orElseThrow();
        assertThat(mine.get("meetings").asLong()).isEqualTo(1);
        assertThat(mine.get("anonymousConsultations").asLong()).isEqualTo(1);
        assertThat(mine.toString()).doesNotContain("Oro för ett syskonpar");
    }

    @Test
    void aMeetingNamesItsParticipantsAndRefusesOneWithoutActor() {
        var flow = new ForumFlow(port);
        var forum = flow.forum("Forum med deltagare");
        var meeting = flow.meeting(forum, "2026-11-03");
        assertThat(meeting.get("participants").findValuesAsString("name")).containsExactly(
                "Jonas Ekström", "Mira Holm", "Sam Lind");

        var refused = Api.as(port, "socsek").post("/api/v1/forums/" + forum.get("id").asString() + "/meetings",
                Api.json("{'heldOn': '2099-01-01', 'participants': [{'name': 'Utan aktör'}]}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "heldOn", "participants[0].actorKind");
    }

    /** Columns of every table of the forum that could hold a person: by name, or by a foreign key to person. */
    private List<String> personColumnsOfForumTables() {
        return jdbc().sql("""
                        select c.table_name || '.' || c.column_name from information_schema.columns c
                        where c.table_schema = 'public' and c.table_name like 'forum%'
                          and (c.column_name ~ '(person|child|identity|number|reserve)')
                        union all
                        select k.conrelid::regclass::text || ' references person' from pg_constraint k
                        where k.contype = 'f' and k.confrelid = 'person'::regclass
                          and k.conrelid::regclass::text like 'forum%'""")
                .query(String.class).list();
    }

    /** How many persons' ids or identity numbers the text holds. */
    private long personsNamedIn(String json) {
        return jdbc().sql("""
                        select count(*) from person p
                        where strpos(?, p.id::text) > 0
                           or (p.personal_identity_number is not null and strpos(?, p.personal_identity_number) > 0)
                           or (p.reserve_number is not null and strpos(?, p.reserve_number) > 0)""")
                .param(json).param(json).param(json).query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
