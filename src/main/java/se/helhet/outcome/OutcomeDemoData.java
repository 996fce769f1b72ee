package se.helhet.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

import se.helhet.instrument.ImpactAnswers;
import se.helhet.instrument.InstrumentScoring;
import se.helhet.platform.DemoLoader;

/**
 * Synthetic outcomes for the demo, after the case history exists: for a few hundred school-age children whose
 * matter closed in the last two years, the guardians' consent to the matter's unit for school outcomes, school data at the start and the end (sometimes the
 * follow-up), a parent's SDQ at the start and the end, and for some the questionnaire on coordinated support.
 * Children of the pilot area do slightly better on average. Deterministic from the demo seed; the SDQ is scored
 * by the instrument module, so the stored scores are the ones the product computes. Written with SQL only when
 * the outcome tables are empty, bypassing the services as the demo loader does.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
@DemoLoader({"matter", "area"})
class OutcomeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OutcomeDemoData.class);
    private static final int WANTED = 320;
    private static final String[] FORMS = {"WRITTEN", "WRITTEN", "ORAL", "DIGITAL"};
    /** The SDQ's difficulty items that score as answered; 7, 11, 14, 21 and 25 score reversed. */
    private static final int[] DIFFICULTY_ITEMS = {3, 8, 13, 16, 24, 5, 12, 18, 22, 2, 10, 15, 6, 19, 23};
    private static final int[] REVERSED_ITEMS = {7, 21, 25, 11, 14};
    private static final int[] PROSOCIAL_ITEMS = {1, 4, 9, 17, 20};

    record ClosedMatter(UUID id, UUID childId, UUID unitId, LocalDate opened, LocalDate closed, int age, boolean pilot,
                        UUID worker) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final InstrumentScoring scoring;
    private final Clock clock;
    private final long seed;

    OutcomeDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, InstrumentScoring scoring, Clock clock,
                    @Value("${helhet.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.scoring = scoring;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from school_outcome)", Boolean.class))) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<ClosedMatter> closed = jdbc.query("""
                        select m.id, m.person_id as child_id, m.unit_id, (m.opened_at at time zone 'Europe/Stockholm')::date as opened,
                               m.closed_on, m.age_at_start, coalesce(a.kind = 'PILOT', false) as pilot,
                               coalesce(m.responsible_worker_id, m.created_by) as worker
                        from matter m left join area a on a.id = m.area_id_at_start
                        where m.closed_on between ? and ? and m.age_at_start between 7 and 15
                        order by m.closed_on, m.id""",
                (rs, row) -> new ClosedMatter(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getObject("opened", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                        rs.getInt("age_at_start"), rs.getBoolean("pilot"), rs.getObject("worker", UUID.class)),
                today.minusYears(2), today);
        if (closed.isEmpty()) {
            return;
        }
        Random random = new Random(seed ^ 0x0C7C0E5L);
        double share = Math.min(1.0, (double) WANTED / closed.size());
        OutcomeDemoRows rows = new OutcomeDemoRows();
        for (ClosedMatter m : closed) {
            if (random.nextDouble() < share) {
                outcomesOf(m, today, random, rows);
            }
        }
        transaction.executeWithoutResult(status -> rows.write(jdbc));
        log.info("Demodata för utfall: {} barn med samtycke och skoluppgifter på {} ms", rows.consents(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void outcomesOf(ClosedMatter m, LocalDate today, Random random, OutcomeDemoRows rows) {
        UUID consent = id(random);
        LocalDate given = before(m.opened().plusDays(random.nextInt(10)), m.closed());
        rows.consent(consent, m, FORMS[random.nextInt(FORMS.length)], given);

        boolean grades = m.age() >= 12;
        int assessed = grades ? 12 + random.nextInt(5) : 6 + random.nextInt(5);
        double attendance = clamp(84 + random.nextGaussian() * 9, 35, 100);
        int passed = (int) Math.round(assessed * clamp(0.72 + random.nextGaussian() * 0.15, 0.2, 1));
        LocalDate startOn = before(given.plusDays(random.nextInt(12)), m.closed());
        rows.school(id(random), m, consent, "START", Term.of(m.opened()), attendance, grades, assessed, passed, startOn);

        // The pilot's children gain a little more, on average, between the start and the end.
        double gain = (m.pilot() ? 4.0 : 1.5) + random.nextGaussian() * 6;
        int passedGain = random.nextDouble() < (m.pilot() ? 0.45 : 0.3) ? 1 + random.nextInt(2) : -random.nextInt(2);
        attendance = clamp(attendance + gain, 35, 100);
        passed = (int) clamp(passed + passedGain, 0, assessed);
        if (random.nextDouble() < 0.9) {
            LocalDate endOn = before(m.closed().plusDays(random.nextInt(20)), today);
            rows.school(id(random), m, consent, "END", Term.of(m.closed()), attendance, grades, assessed, passed, endOn);
        }
        LocalDate due = m.closed().plusMonths(6);
        if (!due.isAfter(today) && random.nextDouble() < 0.5) {
            attendance = clamp(attendance + (m.pilot() ? 1 : -1) + random.nextGaussian() * 5, 35, 100);
            rows.school(id(random), m, consent, "FOLLOW_UP", Term.of(due), attendance, grades, assessed, passed,
                    before(due.plusDays(random.nextInt(30)), today));
        }

        if (random.nextDouble() < 0.85) {
            int startTotal = (int) clamp(16 + random.nextGaussian() * 5, 2, 30);
            int endTotal = (int) clamp(startTotal - (m.pilot() ? 3 : 1.5) + random.nextGaussian() * 3, 0, 30);
            rows.sdq(id(random), m, "START", startOn, sdq(startTotal, random));
            rows.sdq(id(random), m, "END", before(m.closed().plusDays(random.nextInt(10)), today), sdq(endTotal, random));
        }
        if (random.nextDouble() < 0.6) {
            LocalDate answered = m.closed().minusDays(random.nextInt(7));
            answered = answered.isBefore(m.opened()) ? m.closed() : answered;
            if (m.age() >= 10) {
                rows.answers(id(random), m, "CHILD", answered, answers(m.pilot(), random));
            }
            rows.answers(id(random), m, "GUARDIAN", answered, answers(m.pilot(), random));
        }
    }

    /** Raw parent answers giving about this total difficulties score, scored by the product's own rules. */
    private OutcomeDemoRows.Sdq sdq(int total, Random random) {
        List<Integer> raw = new ArrayList<>(Collections.nCopies(25, 0));
        for (int item : REVERSED_ITEMS) {
            raw.set(item - 1, 2);
        }
        for (int item : PROSOCIAL_ITEMS) {
            raw.set(item - 1, random.nextInt(3) == 0 ? 1 : 2);
        }
        List<Integer> items = new ArrayList<>();
        for (int item : DIFFICULTY_ITEMS) {
            items.add(item);
        }
        for (int item : REVERSED_ITEMS) {
            items.add(-item);
        }
        Collections.shuffle(items, random);
        int left = total;
        for (int i = 0; left > 0; i = (i + 1) % items.size()) {
            int item = Math.abs(items.get(i));
            int points = items.get(i) > 0 ? raw.get(item - 1) : 2 - raw.get(item - 1);
            if (points < 2) {
                raw.set(item - 1, items.get(i) > 0 ? points + 1 : 2 - (points + 1));
                left--;
            }
        }
        int difficulties = total > 12 ? 1 + random.nextInt(2) : random.nextInt(2);
        ImpactAnswers impact = new ImpactAnswers(difficulties, difficulties == 0 ? null : random.nextInt(3),
                difficulties == 0 ? null : random.nextInt(3), difficulties == 0 ? null : random.nextInt(2),
                difficulties == 0 ? null : random.nextInt(3), difficulties == 0 ? null : random.nextInt(2));
        return new OutcomeDemoRows.Sdq(raw, impact, scoring.sdq("PARENT", raw, impact));
    }

    private static List<Integer> answers(boolean pilot, Random random) {
        List<Integer> answers = new ArrayList<>();
        for (int q = 0; q < CoordinatedSupport.QUESTIONS; q++) {
            answers.add(random.nextDouble() < 0.05 ? null
                    : (int) clamp(Math.round((pilot ? 3.8 : 3.3) + random.nextGaussian() * 0.9), 1, 5));
        }
        return answers;
    }

    private static LocalDate before(LocalDate day, LocalDate latest) {
        return day.isAfter(latest) ? latest : day;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static UUID id(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
