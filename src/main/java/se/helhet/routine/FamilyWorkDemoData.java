package se.helhet.routine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.matter.MatterKind;
import se.helhet.matter.MatterOpened;
import se.helhet.platform.DemoLoader;

/**
 * The family-oriented work in the demo, after the case history: every family whose open matters match a routine
 * gets its stops (the adult units' demo matters, when the demo has them); where the demo has no domestic-violence
 * matter yet, six of {@code socsek}'s families get one in relationsvården (three also financial aid). Then, in the
 * first six families matching the domestic-violence routine, held and missed stops, decisions in the adult matters with and without the children's joint analysis, a joint commission,
 * and the children's safety ratings over a few weeks. Written with SQL only when no stop exists, as a demo loader.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
@DemoLoader({"matter", "person", "person_relation", "person_unit", "app_user", "unit", "adult_decision",
        "child_impact_analysis",
        "child_impact_consequence", "joint_commission", "safety_rating"})
class FamilyWorkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FamilyWorkDemoData.class);
    private static final int[] DAYS_AGO = {25, 18, 12, 6, 3, 1};
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** A family matching the routine: the child's matter, the parent's domestic-violence matter, financial aid. */
    private record Family(UUID childMatter, UUID child, UUID parent, UUID violence, UUID aid, LocalDate matchedOn) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Matching matching;
    private final RoutineRepository routines;
    private final Clock clock;

    FamilyWorkDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, Matching matching,
                       RoutineRepository routines, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.matching = matching;
        this.routines = routines;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from stop)", Boolean.class))) {
            return;
        }
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            setStops();
            if (!Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from matter where kind = 'DOMESTIC_VIOLENCE')", Boolean.class))) {
                openViolenceMatters();
            }
            List<Family> families = matched();
            for (int i = 0; i < families.size(); i++) {
                work(i, families.get(i));
            }
        });
        log.info("Demodata för hållplatser: {} familjer matchar en rutin, på {} ms",
                jdbc.queryForObject("select count(*) from routine_match", Long.class),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The adult units' open matters match as if each had just opened, in the order they opened, through the
     * product's own matching ({@link Matching#match(MatterOpened, List, List, Matching.Matches)}); only what it
     * reads and writes is done for all families at once: one query reads every adult matter with its family's
     * open matters (the family as {@code People.familyIds} draws it, three steps out), the matches are kept in
     * memory while the families are matched, and the matches, their matters and their stops are written in three
     * batches. Matched one by one through the database, a city's 4 600 adult matters cost 130 ms of round trips
     * each.
     */
    void setStops() {
        List<Routine> active = routines.all().stream().filter(Routine::active).toList();
        Map<UUID, MatterOpened> adults = new LinkedHashMap<>();
        Map<UUID, List<FamilyMatters.FamilyMatter>> families = new HashMap<>();
        jdbc.query("""
                        with recursive adult as materialized (
                            select id, person_id, kind, opened_at from matter
                            where closed_on is null and kind <> 'CHILD_AND_YOUTH'
                        ), family(seed, id, depth) as (
                            select distinct person_id, person_id, 0 from adult
                            union
                            select f.seed, n.id, f.depth + 1
                            from family f cross join lateral (
                                select r.related_person_id as id from person_relation r where r.person_id = f.id
                                union all
                                select r.person_id from person_relation r where r.related_person_id = f.id) n
                            where f.depth < 3
                        )
                        select a.id, a.person_id, a.kind, (a.opened_at at time zone 'Europe/Stockholm')::date,
                               m.id, m.person_id, m.kind, (m.opened_at at time zone 'Europe/Stockholm')::date
                        from adult a
                        join (select distinct seed, id from family) f on f.seed = a.person_id
                        join matter m on m.person_id = f.id and m.closed_on is null
                        order by a.opened_at, a.id""",
                rs -> {
                    UUID adult = rs.getObject(1, UUID.class);
                    if (!adults.containsKey(adult)) {
                        adults.put(adult, new MatterOpened(adult, rs.getObject(2, UUID.class),
                                MatterKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)));
                    }
                    families.computeIfAbsent(adult, id -> new ArrayList<>()).add(new FamilyMatters.FamilyMatter(
                            rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                            MatterKind.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class), true, null, null,
                            null));
                });
        GatheredMatches gathered = new GatheredMatches();
        for (MatterOpened opened : adults.values()) {
            Matching.match(opened, families.get(opened.matterId()),
                    active.stream().filter(r -> r.concerns(opened.kind())).toList(), gathered);
        }
        gathered.writeTo(jdbc);
    }

    /** The matches of all families, kept in memory while they are matched, then written in one batch per table. */
    private static final class GatheredMatches implements Matching.Matches {

        private record Held(UUID id, UUID routineId, LocalDate matchedOn) {
        }

        private final Map<UUID, Held> matches = new HashMap<>();
        private final Map<UUID, List<UUID>> matchesOfMatter = new HashMap<>();
        private final List<Object[]> matchRows = new ArrayList<>();
        private final List<Object[]> matterRows = new ArrayList<>();
        private final List<Object[]> stopRows = new ArrayList<>();

        @Override
        public Optional<UUID> matchHolding(UUID routineId, Collection<UUID> matterIds) {
            return matterIds.stream().flatMap(m -> matchesOfMatter.getOrDefault(m, List.of()).stream())
                    .map(matches::get).filter(m -> m.routineId().equals(routineId))
                    .max(Comparator.comparing(Held::matchedOn)).map(Held::id);
        }

        @Override
        public void insertMatch(UUID id, UUID routineId, LocalDate matchedOn) {
            matches.put(id, new Held(id, routineId, matchedOn));
            matchRows.add(new Object[] {id, routineId, matchedOn});
        }

        @Override
        public void addMatter(UUID matchId, UUID matterId) {
            List<UUID> held = matchesOfMatter.computeIfAbsent(matterId, m -> new ArrayList<>());
            if (!held.contains(matchId)) {
                held.add(matchId);
                matterRows.add(new Object[] {matchId, matterId});
            }
        }

        @Override
        public void insertStop(UUID matchId, Routine.Step step, LocalDate dueOn) {
            stopRows.add(new Object[] {UUID.randomUUID(), matchId, step.position(), step.name(), step.gate().name(),
                    step.workingDays(), step.matterKind() == null ? null : step.matterKind().name(), step.acute(),
                    step.guidance(), dueOn});
        }

        void writeTo(JdbcTemplate jdbc) {
            jdbc.batchUpdate("insert into routine_match (id, routine_id, matched_on) values (?, ?, ?)", matchRows);
            jdbc.batchUpdate("insert into routine_match_matter (match_id, matter_id) values (?, ?)", matterRows);
            jdbc.batchUpdate("""
                    insert into stop (id, match_id, position, name, gate, working_days, matter_kind, acute, guidance,
                        due_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", stopRows);
        }
    }

    /** The first six families matching a routine with a children and youth and a domestic-violence matter. */
    private List<Family> matched() {
        return jdbc.query("""
                        select c.id, c.person_id, v.person_id, v.id,
                               (select a.id from routine_match_matter am join matter a on a.id = am.matter_id
                                where am.match_id = rm.id and a.kind = 'FINANCIAL_AID' limit 1), rm.matched_on
                        from routine_match rm
                        join routine_match_matter cm on cm.match_id = rm.id
                        join matter c on c.id = cm.matter_id and c.kind = 'CHILD_AND_YOUTH'
                        join routine_match_matter vm on vm.match_id = rm.id
                        join matter v on v.id = vm.matter_id and v.kind = 'DOMESTIC_VIOLENCE'
                        order by rm.matched_on, rm.id limit 6""",
                (rs, n) -> new Family(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        rs.getObject(6, LocalDate.class)));
    }

    /** Six of socsek's children with a parent: the parent gets a domestic-violence matter, every other one aid. */
    private void openViolenceMatters() {
        LocalDate today = LocalDate.now(clock);
        List<Family> found = jdbc.query("""
                        select distinct on (r.person_id) m.id, m.person_id, r.person_id as parent
                        from matter m
                        join person_relation r on r.related_person_id = m.person_id and r.type in ('GUARDIAN', 'PARENT')
                        join person p on p.id = r.person_id and p.birth_date < current_date - interval '18 years'
                        where m.kind = 'CHILD_AND_YOUTH' and m.closed_on is null
                          and m.responsible_worker_id = (select id from app_user where username = 'socsek')
                          and not exists (select 1 from matter x where x.person_id = r.person_id and x.closed_on is null)
                        order by r.person_id, m.id limit 6""",
                (rs, n) -> new Family(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), null, null, null));
        for (int i = 0; i < found.size(); i++) {
            Family f = found.get(i);
            LocalDate opened = today.minusDays(DAYS_AGO[i]);
            open(f.parent(), MatterKind.DOMESTIC_VIOLENCE, "DOMESTIC_VIOLENCE", "ida.holmberg", opened);
            if (i % 2 == 0) {
                open(f.parent(), MatterKind.FINANCIAL_AID, "FINANCIAL_AID", "hodan.farah",
                        opened.plusDays(1).isAfter(today) ? today : opened.plusDays(1));
            }
        }
    }

    private UUID open(UUID person, MatterKind kind, String unitKind, String worker, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                        insert into matter (id, kind, person_id, unit_id, opened_at, responsible_worker_id, reopened,
                            created_by)
                        select ?, ?, ?, u.id, ?, w.id, false, w.id from unit u, app_user w
                        where u.kind = ? and w.username = ? limit 1""",
                id, kind.name(), person, on.atTime(10, 0).atZone(ZONE).toOffsetDateTime(), unitKind, worker);
        jdbc.update("insert into person_unit (person_id, unit_id) select ?, unit_id from matter where id = ? "
                + "on conflict do nothing", person, id);
        matching.match(new MatterOpened(id, person, kind, on));
        return id;
    }

    /** The work in family {@code i}: the first family did everything in time, the second nothing, and so on. */
    private void work(int i, Family f) {
        LocalDate matched = f.matchedOn();
        List<UUID> stops = jdbc.queryForList("""
                select s.id from stop s join routine_match_matter mm on mm.match_id = s.match_id
                where mm.matter_id = ? order by s.position""", UUID.class, f.violence());
        if (stops.isEmpty()) {
            return;
        }
        switch (i) {
            case 0 -> {
                consult(stops.get(0), matched.plusDays(2), "Relationsvården tar skyddsbedömningen, barnhandläggaren "
                        + "samtalet med barnet.", "Gemensamt möte med mamma nästa vecka.");
                consult(stops.get(4), matched.plusDays(8), "Gemensam barnkonsekvensanalys gjord; beslut om bistånd "
                        + "till hyran.", "Ekonomiskt bistånd fattar beslutet.");
                UUID analysis = analysis(f, matched.plusDays(8), false);
                decide(f.aid() != null ? f.aid() : f.violence(), f.parent(), matched.plusDays(9), analysis != null);
            }
            case 1 -> decide(f.violence(), f.parent(), matched.plusDays(10), false);
            case 2 -> {
                consult(stops.get(0), matched.plusDays(9), "Samråd hölls sent: vem gör vad i familjen.",
                        "Planera utredningen tillsammans.");
                analysis(f, matched.plusDays(6), true);
            }
            case 3 -> consult(stops.get(0), matched.plusDays(1), "Akut läge: mamma och barnen behöver skyddat boende.",
                    "Relationsvården skriver uppdraget med barnens behov.");
            default -> {
            }
        }
        LocalDate today = LocalDate.now(clock);
        int[] scores = {3, 4, 6, 7};
        String[] raters = {"STAFF", "CHILD", "PARENT", "CHILD"};
        for (int k = 0; k < scores.length && !matched.plusDays(k * 6L).isAfter(today); k++) {
            jdbc.update("""
                            insert into safety_rating (id, child_id, rated_on, score, rater, comment, recorded_by)
                            values (?, ?, ?, ?, ?, null, (select id from app_user where username = 'socsek'))""",
                    UUID.randomUUID(), f.child(), matched.plusDays(k * 6L), Math.max(0, scores[k] - i % 3), raters[k]);
        }
    }

    /** Nothing in the demo happens after today. */
    private LocalDate notAhead(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        return day.isAfter(today) ? today : day;
    }

    private void consult(UUID stop, LocalDate on, String agreed, String next) {
        on = notAhead(on);
        jdbc.update("""
                        insert into stop_consultation (id, stop_id, held_on, participant_ids, agreed, next_step, recorded_by)
                        select ?, ?, ?, array_agg(id order by username), ?, ?,
                               (select id from app_user where username = 'ida.holmberg')
                        from app_user where username in ('ida.holmberg', 'socsek', 'hodan.farah')""",
                UUID.randomUUID(), stop, on, agreed, next);
    }

    private UUID analysis(Family f, LocalDate on, boolean commission) {
        on = notAhead(on);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                        insert into child_impact_analysis (id, child_id, made_on, situation, child_views, how_heard,
                            joint_assessment, participant_ids, recorded_by)
                        select ?, ?, ?, 'Barnet bor med mamma; pappan har kontaktförbud sedan två veckor.',
                               'Vill gå kvar i sin skola och träffa sin kompis på helgerna.',
                               'Samtal med barnet ensam på skolan, med stöd av bildkort.',
                               'Barnet behöver skydd och att vardagen med skolan hålls ihop; mammans stöd och bistånd '
                                   || 'till boendet ger det.',
                               array_agg(id order by username), (select id from app_user where username = 'socsek')
                        from app_user where username in ('ida.holmberg', 'socsek', 'hodan.farah')""",
                id, f.child(), on);
        for (UUID matter : new UUID[] {f.childMatter(), f.violence(), f.aid()}) {
            if (matter != null) {
                jdbc.update("""
                                insert into child_impact_consequence (analysis_id, matter_id, planned_decision, consequence,
                                    written_by, written_at)
                                select ?, m.id, 'Beslut om stöd i ärendet', 'Barnet får trygghet utan att byta skola.',
                                       coalesce(m.responsible_worker_id,
                                                (select id from app_user where username = 'socsek')),
                                       ?::date + time '14:00'
                                from matter m where m.id = ?""",
                        id, on, matter);
            }
        }
        if (commission) {
            jdbc.update("""
                            insert into joint_commission (id, analysis_id, provider_name, commissioned_on, child_needs,
                                adult_needs)
                            values (?, ?, 'Skyddat boende Linden', ?, 'Skolskjuts; samtal om det barnet varit med om.',
                                    'Skydd; stöd i kontakten med polis och rättsväsende.')""",
                    UUID.randomUUID(), id, on);
        }
        return id;
    }

    private void decide(UUID matter, UUID person, LocalDate on, boolean afterAnalysis) {
        jdbc.update("""
                        insert into adult_decision (id, matter_id, person_id, decided_on, subject, outcome, reasons,
                            decided_by, recorded_by)
                        select ?, ?, ?, ?, ?, 'GRANTED', 'Behovet kan inte tillgodoses på annat sätt.', w.id, w.id
                        from app_user w where w.username = 'hodan.farah'""",
                UUID.randomUUID(), matter, person, notAhead(on),
                afterAnalysis ? "Ekonomiskt bistånd till hyra i skyddat boende" : "Stödsamtal för våldsutsatt");
    }
}
