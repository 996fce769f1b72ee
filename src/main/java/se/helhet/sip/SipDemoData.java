package se.helhet.sip;

import java.time.Clock;
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
import se.helhet.access.Unit;
import se.helhet.access.UnitKind;
import se.helhet.platform.DemoLoader;

/**
 * Synthetic plans for the demo, after the case history and the adult units' matters exist: the pilot team's social
 * worker has SIPs in every state in her open matters, with a school and child psychiatry taking part; a young adult
 * with financial aid has a held Intern-SIP between financial aid and the addiction unit; and children whose matters
 * ran in the last two years had SIPs offered, accepted and held somewhat more often in the pilot area, for the
 * indicators. Deterministic from the demo seed, written with SQL only when there are no plans, as the demo loader.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
@DemoLoader({"matter", "person", "person_unit", "area"})
class SipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SipDemoData.class);
    private static final int HISTORY = 240;
    private static final SipState[] OPEN_STATES = {SipState.OFFERED, SipState.ACCEPTED, SipState.HELD,
            SipState.DECLINED, SipState.FOLLOWED_UP, SipState.HELD};
    private static final String[][] NEEDS = {
            {"Jag vill kunna sova på nätterna och orka gå till skolan.", "Jag vill gå i skolan varje dag och ha en vän."},
            {"Vi behöver hjälp med rutiner hemma på morgonen.", "Barnet kommer i tid till skolan fyra dagar av fem."},
            {"Jag vill att de vuxna pratar med varandra och inte bara med mig.", "En plan som alla följer."}};

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long seed;

    SipDemoData(JdbcTemplate jdbc, StaffDirectory staff, TransactionTemplate transaction, Clock clock,
                @Value("${helhet.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.transaction = transaction;
        this.clock = clock;
        this.seed = seed;
    }

    private record Held(UUID matterId, UUID personId, UUID unitId, UUID workerId, LocalDate openedOn, boolean pilot) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from sip)", Boolean.class))) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(seed ^ 0x51F5L);
        int[] written = new int[1];
        transaction.executeWithoutResult(status -> {
            written[0] += socialWorkersPlans(today, random);
            written[0] += internSip(today);
            written[0] += history(today, random);
        });
        log.info("Demodata för SIP: {} planer på {} ms", written[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** SIPs in every state in the pilot team social worker's open matters, the school and child psychiatry taking part. */
    private int socialWorkersPlans(LocalDate today, Random random) {
        List<Held> open = matters("""
                m.closed_on is null and m.kind = 'CHILD_AND_YOUTH'
                and m.responsible_worker_id = '%s'""".formatted(user("socsek")), OPEN_STATES.length);
        for (int i = 0; i < open.size(); i++) {
            Held m = open.get(i);
            LocalDate offered = latest(today.minusDays(40 - 5L * i), m.openedOn());
            UUID sip = plan(SipKind.SIP, m, OPEN_STATES[i], offered, today, random, true);
            actor(sip, 1, "SCHOOL", "Ekdalsskolan");
            actor(sip, 2, "CHILD_PSYCHIATRY", "BUP Ekdalen");
        }
        return open.size();
    }

    /** A young adult of 18-21 with financial aid: a held Intern-SIP with the addiction unit, followed up in a month. */
    private int internSip(LocalDate today) {
        LocalDate offered = today.minusWeeks(6);
        // 18 to 21 years old both on the day the plan was offered and today.
        List<UUID> young = jdbc.queryForList("""
                select p.id from person p where p.birth_date between ? and ? and not p.protected_identity
                order by p.birth_date desc, p.id limit 1""",
                UUID.class, today.minusYears(22).plusDays(1), offered.minusYears(18));
        if (young.isEmpty()) {
            return 0;
        }
        UUID person = young.getFirst();
        UUID aid = unit(UnitKind.FINANCIAL_AID);
        UUID addiction = unit(UnitKind.ADULT_ADDICTION);
        UUID worker = user("hodan.farah");
        // The adult units' demo may have opened financial aid for the person already: one open matter per kind.
        List<UUID> matter = jdbc.queryForList(
                "select id from matter where person_id = ? and closed_on is null and kind = 'FINANCIAL_AID'", UUID.class,
                person);
        UUID matterId = matter.isEmpty() ? UUID.nameUUIDFromBytes(("sip-demo-aid" + seed).getBytes()) : matter.getFirst();
        if (matter.isEmpty()) {
            jdbc.update("""
                    insert into matter (id, person_id, unit_id, opened_at, kind, responsible_worker_id, reopened, created_by)
                    values (?, ?, ?, ?::date, 'FINANCIAL_AID', ?, false, ?)""", matterId, person, aid,
                    today.minusMonths(3), worker, worker);
        }
        for (UUID unit : List.of(aid, addiction)) {
            jdbc.update("insert into person_unit (person_id, unit_id) values (?, ?) on conflict do nothing", person, unit);
        }
        Held m = new Held(matterId, person, aid, worker, today.minusMonths(3), false);
        UUID sip = plan(SipKind.INTERN_SIP, m, SipState.HELD, offered, today, new Random(seed), false);
        jdbc.update("insert into sip_participant (sip_id, position, unit_id) values (?, 1, ?)", sip, addiction);
        jdbc.update("update sip set needs = ?, goals = ? where id = ?",
                "Jag behöver ett eget boende och hjälp att sluta röka på.",
                "Jag vill ha ett jobb eller en utbildning till hösten och bo själv.", sip);
        action(sip, 0, "Ekonomiskt bistånd", "Beslut om hyresgaranti", today.plusWeeks(2));
        action(sip, 1, "Vuxenenheten – beroende", "Samtal varje vecka (återfallsprevention)", today.plusMonths(2));
        action(sip, 2, "Personen själv", "Söka till vuxenutbildningen", today.plusMonths(1));
        return 1;
    }

    /** Children whose matters began in the last two years: offered a SIP, and in the pilot area more often held. */
    private int history(LocalDate today, Random random) {
        List<Held> past = matters("""
                m.kind = 'CHILD_AND_YOUTH' and m.opened_at >= now() - interval '2 years'
                and m.opened_at < now() - interval '2 months' and m.level in ('ORANGE', 'RED')""", 20_000);
        double share = Math.min(1.0, (double) HISTORY / Math.max(1, past.size()));
        int written = 0;
        for (Held m : past) {
            if (random.nextDouble() >= share) {
                continue;
            }
            double accept = m.pilot() ? 0.8 : 0.65;
            double hold = m.pilot() ? 0.9 : 0.75;
            SipState state = random.nextDouble() >= accept ? SipState.DECLINED
                    : random.nextDouble() >= hold ? SipState.ACCEPTED : SipState.FOLLOWED_UP;
            UUID sip = plan(SipKind.SIP, m, state, m.openedOn().plusDays(7 + random.nextInt(30)), today, random, true);
            if (random.nextBoolean()) {
                actor(sip, 1, "SCHOOL", "Skolan");
            }
            written++;
        }
        return written;
    }

    private List<Held> matters(String which, int limit) {
        return jdbc.query("""
                        select m.id, m.person_id, m.unit_id, coalesce(m.responsible_worker_id, m.created_by),
                               (m.opened_at at time zone 'Europe/Stockholm')::date, coalesce(a.kind = 'PILOT', false)
                        from matter m left join area a on a.id = m.area_id_at_start
                        where %s order by m.opened_at, m.id limit %d""".formatted(which, limit),
                (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6)));
    }

    /**
     * A plan in the matter taken to the state, each step a week or two after the last, never past today; a child's
     * held plan gets the usual actions of the social services and the school.
     */
    private UUID plan(SipKind kind, Held m, SipState state, LocalDate offered, LocalDate today, Random random,
                      boolean childsActions) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        LocalDate answered = earliest(offered.plusDays(3 + random.nextInt(10)), today);
        LocalDate held = earliest(answered.plusDays(7 + random.nextInt(14)), today);
        boolean accepted = state != SipState.OFFERED && state != SipState.DECLINED;
        boolean wasHeld = state == SipState.HELD || state == SipState.FOLLOWED_UP;
        String[] words = NEEDS[random.nextInt(NEEDS.length)];
        LocalDate followUpOn = state == SipState.FOLLOWED_UP ? earliest(held.plusMonths(2), today) : held.plusMonths(2);
        jdbc.update("""
                        insert into sip (id, kind, person_id, matter_id, unit_id, coordinator_id, state, offered_on,
                            accepted_on, declined_on, held_on, needs, goals, follow_up_on, followed_up_on,
                            follow_up_outcome, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, kind.name(), m.personId(), m.matterId(), m.unitId(), m.workerId(), state.name(), offered,
                accepted ? answered : null, state == SipState.DECLINED ? answered : null, wasHeld ? held : null,
                wasHeld ? words[0] : null, wasHeld ? words[1] : null, wasHeld ? followUpOn : null,
                state == SipState.FOLLOWED_UP ? followUpOn : null,
                state == SipState.FOLLOWED_UP ? "Planen följs; nästa uppföljning om tre månader." : null, m.workerId());
        jdbc.update("insert into sip_participant (sip_id, position, unit_id) values (?, 0, ?)", id, m.unitId());
        if (wasHeld && childsActions) {
            action(id, 0, "Socialtjänsten", "Samtal med familjen varannan vecka", held.plusMonths(1));
            action(id, 1, "Skolan", "Anpassad studiegång och kontakt med elevhälsan", held.plusMonths(2));
        }
        return id;
    }

    private void actor(UUID sip, int position, String kind, String name) {
        jdbc.update("insert into sip_participant (sip_id, position, actor_kind, actor_name) values (?, ?, ?, ?)",
                sip, position, kind, name);
    }

    private void action(UUID sip, int position, String who, String what, LocalDate byWhen) {
        jdbc.update("insert into sip_action (sip_id, position, who, what, by_when) values (?, ?, ?, ?, ?)",
                sip, position, who, what, byWhen);
    }

    private UUID unit(UnitKind kind) {
        return staff.units().stream().filter(u -> u.kind() == kind).map(Unit::id).findFirst().orElseThrow();
    }

    private UUID user(String username) {
        return staff.byUsername(username).orElseThrow().id();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
