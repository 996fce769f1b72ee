package se.helhet.placement;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.access.StaffDirectory;
import se.helhet.platform.DemoLoader;

/**
 * The placement forum for the demo, after the case history exists: of the placements that began in the last two
 * years, most have a plan for the way home (more in the pilot area) and most school-age children a named
 * responsibility for their schooling, some have neither; this month's forum meeting, held on its first weekday by the
 * children and youth units' manager and social workers, went through the children placed today. Deterministic from
 * the demo seed, written with SQL only when the forum has no plans, as the demo loader.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
@DemoLoader({"intervention", "person", "area", "matter"})
class PlacementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacementDemoData.class);
    private static final String[] HOME_PLANS = {
            "Hemflytt när mamma har fullföljt öppenvården; umgänge varje helg fram till dess.",
            "Barnet flyttar hem till terminsstart om familjebehandlingen går som planerat.",
            "Stegvis hemflytt: först helger, sedan veckor, med kontaktperson i hemmet."};
    private static final String[] AT_HOME = {
            "Pappan: samtal på beroendeenheten varje vecka och drogtester. Familjebehandling i hemmet.",
            "Bostad med plats för barnen (ekonomiskt bistånd utreder hyresgaranti); föräldraskapsstöd.",
            "Mamma: stöd från socialpsykiatrin; trygghetsplan med relationsvåldsenheten."};

    private record Placed(UUID interventionId, UUID childId, int age, boolean running, boolean pilot) {
    }

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long seed;

    PlacementDemoData(JdbcTemplate jdbc, StaffDirectory staff, TransactionTemplate transaction, Clock clock,
                      @Value("${helhet.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.transaction = transaction;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The meeting is made even without placements to plan (the national search set has none), so it too marks
        // the part as done: a later start must not make it again.
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from placement_plan) or exists (select 1 from placement_forum_meeting)",
                Boolean.class))) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(seed ^ 0x9A5EL);
        List<Placed> placed = jdbc.query("""
                        select v.id, v.child_id, extract(year from age(v.started_on, p.birth_date))::int,
                               v.state = 'STARTED', coalesce(a.kind = 'PILOT', false)
                        from intervention v join person p on p.id = v.child_id join matter m on m.id = v.matter_id
                        left join area a on a.id = m.area_id_at_start
                        where v.code in ('FOSTER_HOME', 'EMERGENCY_FOSTER_HOME', 'RESIDENTIAL_CARE')
                          and v.started_on is not null and (v.state = 'STARTED' or v.started_on >= ?)
                        order by v.started_on, v.id""",
                (rs, n) -> new Placed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getBoolean(4), rs.getBoolean(5)), today.minusYears(2));
        UUID manager = user("chef");
        int[] plans = new int[1];
        transaction.executeWithoutResult(status -> {
            for (Placed p : placed) {
                boolean home = random.nextDouble() < (p.pilot() ? 0.8 : 0.6);
                boolean school = p.age() >= Placement.SCHOOL_START && p.age() <= Placement.SCHOOL_END
                        && random.nextDouble() < (p.pilot() ? 0.75 : 0.5);
                if (home || school) {
                    plan(p, home, school, manager, random);
                    plans[0]++;
                }
            }
            meeting(placed.stream().filter(Placed::running).limit(6).toList(), today, manager);
        });
        log.info("Demodata för placeringsforum: {} placeringar, {} planer, på {} ms", placed.size(), plans[0],
                (System.nanoTime() - start) / 1_000_000);
    }

    private void plan(Placed p, boolean home, boolean school, UUID by, Random random) {
        jdbc.update("""
                        insert into placement_plan (intervention_id, child_id, home_plan, at_home, school_name,
                            school_before, school_during, school_after, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", p.interventionId(), p.childId(),
                home ? HOME_PLANS[random.nextInt(HOME_PLANS.length)] : null,
                home ? AT_HOME[random.nextInt(AT_HOME.length)] : null,
                school ? "Ekdalsskolan" : null, school ? "Mentorn på Ekdalsskolan" : null,
                school ? "Rektor för skolan vid placeringen" : null, school ? "Elevhälsan på Ekdalsskolan" : null, by);
    }

    /** This month's meeting on its first weekday (last month's, before that day has come), reviewing placed children. */
    private void meeting(List<Placed> reviewed, LocalDate today, UUID manager) {
        LocalDate held = firstWeekday(today.withDayOfMonth(1));
        if (held.isAfter(today)) {
            held = firstWeekday(today.minusMonths(1).withDayOfMonth(1));
        }
        UUID id = UUID.nameUUIDFromBytes(("placement-forum-" + seed + held).getBytes());
        jdbc.update("insert into placement_forum_meeting (id, held_on, recorded_by) values (?, ?, ?)", id, held, manager);
        for (String member : List.of("chef", "socsek", "anna.berg")) {
            jdbc.update("insert into placement_forum_participant (meeting_id, user_id) values (?, ?)", id, user(member));
        }
        for (int i = 0; i < reviewed.size(); i++) {
            Placed p = reviewed.get(i);
            jdbc.update("""
                            insert into placement_forum_review (meeting_id, intervention_id, child_id, discussed, decided)
                            values (?, ?, ?, ?, ?)""", id, p.interventionId(), p.childId(),
                    i % 2 == 0 ? "Umgänget fungerar; skolan rapporterar god närvaro." : "Föräldern har avbrutit behandlingen.",
                    i % 2 == 0 ? "Planera hemflytt; SIP med skolan och BUP före dess." : "Ny kontakt med vuxenenheten; tas upp igen nästa månad.");
        }
    }

    private UUID user(String username) {
        return staff.byUsername(username).orElseThrow().id();
    }

    private static LocalDate firstWeekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
