package se.helhet.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.access.SignedIn;
import se.helhet.access.StaffDirectory;
import se.helhet.person.FamilySection;
import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

/** The family view's SIPs, asked as the family view asks its sections. */
@HelhetTest
class SipFamilySectionTest {

    @LocalServerPort
    int port;

    @Autowired
    List<FamilySection> sections;

    @Autowired
    StaffDirectory staff;

    @Autowired
    DataSource dataSource;

    private FamilySection sips() {
        return sections.stream().filter(s -> s.key().equals("sips")).findFirst().orElseThrow();
    }

    @Test
    void theFamilyViewShowsEachMembersPlansThatTheReaderMayReadAndNothingToOthers() {
        PlanPeople people = new PlanPeople(port, new JdbcTemplate(dataSource));
        String child = people.aged(8, "socsek");
        String sibling = people.aged(15, "socsek");
        String parent = people.aged(40, "socsek");
        Api.as(port, "socsek").post("/api/v1/sips", Api.json("{'kind': 'SIP', 'personId': '%s', 'participants': "
                + "[{'actorKind': 'SCHOOL', 'actorName': 'Ekdalsskolan'}]}", sibling));
        var context = new FamilySection.FamilyContext(UUID.fromString(child),
                List.of(UUID.fromString(child), UUID.fromString(sibling), UUID.fromString(parent)));

        SignedIn.as(staff.byUsername("socsek").orElseThrow(), () -> {
            @SuppressWarnings("unchecked")
            var shown = (List<SipFamilySection.FamilySip>) sips().contentFor(context);
            assertThat(shown).singleElement().satisfies(s -> {
                assertThat(s.personId()).isEqualTo(UUID.fromString(sibling));
                assertThat(s.personName()).isEqualTo("Sam Planperson");
                assertThat(s.kind()).isEqualTo(SipKind.SIP);
                assertThat(s.state()).isEqualTo(SipState.OFFERED);
                assertThat(s.offeredOn()).isEqualTo(LocalDate.now());
            });
        });
        SignedIn.as(staff.byUsername("vuxen").orElseThrow(), () -> assertThat(sips().contentFor(context)).isNull());
        assertThat(new JdbcTemplate(dataSource).queryForList("""
                select username from trace where record_type = 'sip' and person_id = ?::uuid and action = 'READ'
                  and channel = 'internal'""", String.class, sibling)).containsExactly("socsek");
        assertThat(sips().fragment()).isEqualTo("sip/family :: sips");
    }
}
