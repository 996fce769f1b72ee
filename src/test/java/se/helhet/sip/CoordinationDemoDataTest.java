package se.helhet.sip;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.HelhetTest;

/** What a newcomer finds in the demo: plans in every state, an Intern-SIP, and a placement forum that has met. */
@HelhetTest
class CoordinationDemoDataTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theDemoHasSipsInEveryStateAndAYoungAdultsInternSip() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("""
                select distinct s.state from sip s join app_user u on u.id = s.coordinator_id
                where u.username = 'socsek' and s.kind = 'SIP'""", String.class))
                .contains("OFFERED", "ACCEPTED", "DECLINED", "HELD", "FOLLOWED_UP");
        assertThat(jdbc.queryForObject("""
                select count(*) from sip s join person p on p.id = s.person_id join matter m on m.id = s.matter_id
                where s.kind = 'INTERN_SIP' and s.state = 'HELD' and m.kind = 'FINANCIAL_AID' and m.closed_on is null
                  and extract(year from age(s.offered_on, p.birth_date)) between 18 and 21
                  and (select count(*) from sip_participant sp where sp.sip_id = s.id) = 2
                  and (select count(*) from sip_action a where a.sip_id = s.id) = 3""", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from sip where kind = 'SIP' and offered_on < current_date - 60",
                Long.class)).isGreaterThan(100);
    }

    @Test
    void theDemoHasAPlacementForumMeetingAndPlacedChildrenWithAndWithoutPlans() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("""
                select count(*) from placement_forum_meeting f where exists (select 1 from placement_forum_review r
                where r.meeting_id = f.id) and (select count(*) from placement_forum_participant p
                where p.meeting_id = f.id) = 3""", Long.class)).isOne();
        // The demo draws a plan for every placement running or begun in the last two years; which of them still
        // run depends on the day the demo was made, so the count is over all of them.
        String placed = """
                select count(*) from intervention v left join placement_plan pp on pp.intervention_id = v.id
                where v.code in ('FOSTER_HOME', 'EMERGENCY_FOSTER_HOME', 'RESIDENTIAL_CARE') and v.started_on is not null
                  and (v.state = 'STARTED' or v.started_on >= current_date - 730)""";
        assertThat(jdbc.queryForObject(placed + " and pp.home_plan is not null", Long.class)).isPositive();
        assertThat(jdbc.queryForObject(placed + " and pp.home_plan is null", Long.class)).isPositive();
        assertThat(jdbc.queryForObject(placed + " and pp.school_after is not null", Long.class)).isPositive();
    }
}
