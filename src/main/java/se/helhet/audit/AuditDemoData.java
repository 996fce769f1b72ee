package se.helhet.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.access.CurrentUser;
import se.helhet.access.StaffDirectory;
import se.helhet.common.AreaChoice;

/**
 * Two demo audits with the example key, once, when there are none: last year's, finished, and one of the
 * last six months in progress, with synthetic answers drawn from a fixed seed (a little better in the later
 * audit, so the comparison has something to show). Written through the repository, as a bulk loader.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
class AuditDemoData implements ApplicationRunner {

    private static final UUID EXAMPLE_KEY = UUID.fromString("6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001");

    /** Short comments a reviewer might write, with no person in them. */
    private static final List<String> COMMENTS = List.of(
            "Samrådet syns i journalen men inte i utredningen.",
            "Barnets egna ord finns med i bedömningen.",
            "Föräldrarnas behov beskrivs kort.",
            "Vuxenhandläggaren har lämnat synpunkter, men analysen är inte gemensam.",
            "Tydligt hur barnet fått information inför beslutet.",
            "Familjen beskrivs som en enhet, inte utifrån var och en.",
            "Gemensamt möte med familjen och båda handläggarna.");

    private static final Logger log = LoggerFactory.getLogger(AuditDemoData.class);

    private final AuditRepository audits;
    private final AuditKeyRepository keys;
    private final AuditAnswerRepository answers;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditDemoData(AuditRepository audits, AuditKeyRepository keys, AuditAnswerRepository answers, StaffDirectory staff,
                  PlatformTransactionManager transactions, Clock clock) {
        this.audits = audits;
        this.keys = keys;
        this.answers = answers;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var auditor = staff.byUsername("granskare").map(CurrentUser::id);
        boolean empty = audits.none();
        if (auditor.isEmpty() || !empty) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int lastYear = today.getYear() - 1;
        LocalDate recentFrom = today.minusMonths(6).withDayOfMonth(1);
        LocalDate recentTo = today.withDayOfMonth(1).minusDays(1);
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            write("Familjeorienterat arbetssätt " + lastYear, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31),
                    20, String.valueOf(lastYear), 20, 0.45, auditor.get(), LocalDate.of(lastYear + 1, 2, 15));
            write("Familjeorienterat arbetssätt " + recentFrom.toString().substring(0, 7) + " – "
                            + recentTo.toString().substring(0, 7), recentFrom, recentTo, 15, "ekdalen", 6, 0.6,
                    auditor.get(), today.minusDays(3));
        });
        log.info("Demogranskningar skapade på {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** One audit, drawn; the first {@code reviewed} matters answered in full, the next two in part. */
    private void write(String name, LocalDate from, LocalDate to, int size, String seed, int reviewed, double yes,
                       UUID auditor, LocalDate reviewedOn) {
        UUID id = UUID.nameUUIDFromBytes(("helhet-demo/audit/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        audits.insert(id, new AuditRules.Checked(name, EXAMPLE_KEY,
                new Criteria(List.of(), AreaChoice.ALL, from, to, null, size), seed), auditor);
        audits.draw(id, reviewedOn.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC));
        AuditKey key = keys.key(EXAMPLE_KEY).orElseThrow();
        Random random = new Random(seed.hashCode());
        List<AuditMatter> sample = audits.sample(id);
        for (int i = 0; i < sample.size() && i < reviewed + 2; i++) {
            UUID matter = sample.get(i).matterId();
            boolean complete = i < reviewed;
            for (Question q : key.questions()) {
                if (!complete && q.number() > 5) {
                    break;
                }
                String comment = random.nextDouble() < 0.12 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
                answers.save(id, matter, q.id(), q.scale()
                        ? GivenAnswer.of(q.number(), null, scale(random, yes), comment)
                        : GivenAnswer.of(q.number(), answer(random, q.number(), yes), null, comment), auditor);
            }
            if (complete) {
                answers.markReviewed(id, matter, auditor, reviewedOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
            }
        }
    }

    /** Question 6 (the commission to a provider) often does not apply: many investigations grant nothing. */
    private static Answer answer(Random random, int question, double yes) {
        double notApplicable = question == 6 ? 0.4 : 0.05;
        double r = random.nextDouble();
        if (r < notApplicable) {
            return Answer.NOT_APPLICABLE;
        }
        r = (r - notApplicable) / (1 - notApplicable);
        return r < yes ? Answer.YES : r < yes + (1 - yes) / 2 ? Answer.PARTLY : Answer.NO;
    }

    private static int scale(Random random, double yes) {
        return Math.max(1, Math.min(5, 1 + (int) Math.round(yes * 4 + random.nextGaussian() * 0.9)));
    }
}
