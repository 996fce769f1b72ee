package se.helhet.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * The unit manager's lists hold every matter of the units, also when the units hold more open matters than any one
 * read of them: 1 200 running investigations more in the investigation unit, 1 100 of them past the legal limit.
 * A Helhet of its own (a smaller demo district), since the matters added would change every other test's figures.
 */
@HelhetTest
@TestPropertySource(properties = "helhet.demo.children=1500")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamListsInFullTest {

    private static final int OVERDUE = 1_100;
    private static final int IN_TIME = 100;
    private static final Pattern MATTER_LINK = Pattern.compile("href=\"/arenden/([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The added matters by id, with their legal due date. */
    private final Map<UUID, LocalDate> overdue = new HashMap<>();
    private final Set<UUID> inTime = new LinkedHashSet<>();
    private final Set<UUID> nobodyResponsible = new LinkedHashSet<>();
    private final Set<UUID> annaBergs = new LinkedHashSet<>();

    @BeforeAll
    void manyRunningInvestigations() {
        UUID unit = jdbc.sql("select id from unit where code = 'utredning'").query(UUID.class).single();
        UUID anna = jdbc.sql("select id from app_user where username = 'anna.berg'").query(UUID.class).single();
        List<UUID> children = jdbc.sql("""
                        select p.id from person p
                        where p.birth_date > current_date - interval '17 years'
                          and not exists (select 1 from matter m where m.person_id = p.id and m.closed_on is null)
                        order by p.id limit :n""")
                .param("n", OVERDUE + IN_TIME).query(UUID.class).list();
        assertThat(children).hasSize(OVERDUE + IN_TIME);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < children.size(); i++) {
            boolean late = i < OVERDUE;
            // Distinct due dates, so that the list's order can be checked: the latest is yesterday.
            LocalDate due = late ? today.minusDays(1 + i) : today.plusDays(1 + i);
            UUID worker = i % 2 == 0 ? null : anna;
            UUID matter = UUID.randomUUID();
            jdbc.sql("""
                            insert into matter (id, person_id, unit_id, opened_at, kind, age_at_start, created_by,
                                                responsible_worker_id)
                            values (:id, :child, :unit, now(), 'CHILD_AND_YOUTH', 10, :creator, :worker)""")
                    .param("id", matter).param("child", children.get(i)).param("unit", unit)
                    .param("creator", anna).param("worker", worker).update();
            // The unit knows the child, as it does once it holds the child's matter.
            jdbc.sql("insert into person_unit (person_id, unit_id) values (:child, :unit) on conflict do nothing")
                    .param("child", children.get(i)).param("unit", unit).update();
            jdbc.sql("""
                            insert into investigation (id, matter_id, opened_on, legal_due)
                            values (:id, :matter, :opened, :due)""")
                    .param("id", UUID.randomUUID()).param("matter", matter)
                    .param("opened", due.minusMonths(4)).param("due", due).update();
            if (late) {
                overdue.put(matter, due);
            } else {
                inTime.add(matter);
            }
            if (worker == null) {
                nobodyResponsible.add(matter);
            } else {
                annaBergs.add(matter);
            }
        }
    }

    @Test
    void everyChildWaitingAtIntakeIsOnOnePageOfTheIntakeWorklist() {
        UUID intake = jdbc.sql("select id from unit where code = 'mottagning'").query(UUID.class).single();
        UUID amira = jdbc.sql("select id from app_user where username = 'mottagning'").query(UUID.class).single();
        List<UUID> children = jdbc.sql("""
                        select p.id from person p
                        where p.birth_date > current_date - interval '17 years'
                          and not exists (select 1 from matter m where m.person_id = p.id and m.closed_on is null)
                        order by p.id desc limit 120""").query(UUID.class).list();
        Set<String> waiting = new LinkedHashSet<>();
        for (UUID child : children) {
            UUID report = UUID.randomUUID();
            UUID matter = UUID.randomUUID();
            jdbc.sql("""
                            insert into report (id, kind, received_at, reporter_category, anonymous, description,
                                                registered_by)
                            values (:id, 'CONCERN_REPORT', now() - interval '3 days', 'SCHOOL', true, 'Oro', :by)""")
                    .param("id", report).param("by", amira).update();
            jdbc.sql("""
                            insert into matter (id, person_id, unit_id, opened_at, kind, age_at_start, created_by)
                            values (:id, :child, :unit, now(), 'CHILD_AND_YOUTH', 10, :by)""")
                    .param("id", matter).param("child", child).param("unit", intake).param("by", amira).update();
            jdbc.sql("""
                            insert into report_child (report_id, child_id, matter_id, known_before)
                            values (:report, :child, :matter, false)""")
                    .param("report", report).param("child", child).param("matter", matter).update();
            waiting.add(report + "#barn-" + child);
        }
        var worklist = WebSession.loggedInAs(port, "mottagning");

        List<String> listed = new ArrayList<>();
        String path = "/mottagning";
        while (path != null) {
            var page = worklist.get(path);
            assertThat(page.status()).isEqualTo(200);
            Matcher row = Pattern.compile("href=\"/anmalningar/([0-9a-f-]{36}#barn-[0-9a-f-]{36})\"").matcher(page.body());
            while (row.find()) {
                listed.add(row.group(1));
            }
            Matcher next = NEXT.matcher(page.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }

        assertThat(listed).doesNotHaveDuplicates().containsAll(waiting);
    }

    @Test
    void everyOverdueMatterIsOnOnePageOfTheOverdueListOnceTheOneDueFirstOnTop() {
        var chef = WebSession.loggedInAs(port, "chef");

        List<UUID> listed = walk(chef, "/arbetslista/forsenade");

        assertThat(listed).doesNotHaveDuplicates().containsAll(overdue.keySet()).doesNotContainAnyElementsOf(inTime);
        List<LocalDate> dues = listed.stream().filter(overdue::containsKey).map(overdue::get).toList();
        assertThat(dues).isSorted();
        String start = chef.get("/").body();
        assertThat(count(start, "Visa alla försenade ärenden")).isEqualTo(listed.size());
        assertThat(shownUnder(start, "overdue-h")).as("the start page's first overdue")
                .isEqualTo(listed.subList(0, Math.min(15, listed.size())));
    }

    @Test
    void everyInvestigatedMatterWithNobodyResponsibleIsListedInTimeOrNot() {
        var chef = WebSession.loggedInAs(port, "chef");

        List<UUID> listed = walk(chef, "/arbetslista/utan-ansvarig");

        assertThat(listed).doesNotHaveDuplicates().containsAll(nobodyResponsible)
                .doesNotContainAnyElementsOf(annaBergs);
        String start = chef.get("/").body();
        assertThat(count(start, "Visa alla ärenden utan ansvarig")).isEqualTo(listed.size());
        assertThat(shownUnder(start, "unassigned-h")).as("the start page's first with nobody responsible")
                .isEqualTo(listed.subList(0, Math.min(15, listed.size())));
    }

    @Test
    void aWorkersOwnListHoldsEveryMatterSheIsResponsibleFor() {
        var anna = WebSession.loggedInAs(port, "anna.berg");

        List<UUID> listed = walk(anna, "/arbetslista/mina");

        assertThat(listed).doesNotHaveDuplicates().containsAll(annaBergs);
        assertThat(count(anna.get("/").body(), "Visa alla mina ärenden")).isEqualTo(listed.size());
    }

    /** Every matter of a list, page after page as the links lead. */
    private static List<UUID> walk(WebSession session, String first) {
        List<UUID> matters = new ArrayList<>();
        String path = first;
        int pages = 0;
        while (path != null) {
            var page = session.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            Matcher link = MATTER_LINK.matcher(page.body());
            while (link.find()) {
                matters.add(UUID.fromString(link.group(1)));
            }
            Matcher next = NEXT.matcher(page.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            assertThat(++pages).as("pages of " + first).isLessThan(200);
        }
        return matters;
    }

    /** The matters of the start page's list under the heading {@code headingId}, in order. */
    private static List<UUID> shownUnder(String page, String headingId) {
        int heading = page.indexOf("id=\"" + headingId + "\"");
        assertThat(heading).as(headingId).isNotNegative();
        Matcher link = MATTER_LINK.matcher(page.substring(heading, page.indexOf("</ul>", heading)));
        List<UUID> matters = new ArrayList<>();
        while (link.find()) {
            matters.add(UUID.fromString(link.group(1)));
        }
        return matters;
    }

    /** The figure in a link such as "Visa alla försenade ärenden (1 125)". */
    private static long count(String page, String link) {
        Matcher m = Pattern.compile(Pattern.quote(link) + " \\(([\\d\\s\\u00a0\\u202f]+)\\)").matcher(page);
        assertThat(m.find()).as(link).isTrue();
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }
}
