package se.helhet.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.access.CurrentUser;
import se.helhet.platform.ChainResult;
import se.helhet.platform.ChainResult.Damage;
import se.helhet.platform.Chains;
import se.helhet.support.HelhetTest;
import se.helhet.support.PastTheTriggers;
import se.helhet.support.WebSession;

/**
 * The access log is a hash chain (ADR 8): whoever gets past the triggers, as a superuser here, can still
 * delete or add rows, but the verification behind {@code ./helhet verify} and the log review names the row.
 * Each tampering is put back afterwards, since the test context's database is shared.
 */
@HelhetTest
class TraceChainTest {

    @LocalServerPort
    int port;

    @Autowired
    Chains chains;

    @Autowired
    TraceRepository repository;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private final CurrentUser writer = new CurrentUser(UUID.randomUUID(), "kedjetest", "Kedje Test", Set.of(),
            List.of(), false);

    private ChainResult traceChain() {
        return chains.verify().results().stream().filter(r -> r.chain().equals("trace")).findFirst().orElseThrow();
    }

    private long written(String recordId) {
        new TransactionTemplate(transactions).executeWithoutResult(t -> repository.insert(writer, TracedAction.READ,
                "person", recordId, List.of(new TracedPerson(null, "19121212-1212")), "internal"));
        return new JdbcTemplate(dataSource).queryForObject("select max(id) from trace where record_id = ?", Long.class,
                recordId);
    }

    @Test
    void anUntouchedLogVerifiesWithEveryRowCounted() {
        written("untouched");
        long rows = new JdbcTemplate(dataSource).queryForObject("select count(*) from trace", Long.class);

        Chains.Report report = chains.verify();

        assertThat(report.intact()).as(String.join("\n", report.lines())).isTrue();
        assertThat(traceChain().rows()).isEqualTo(rows);
        assertThat(report.lines()).contains("trace: ok, " + rows + " rows");
    }

    @Test
    void aRowDeletedPastTheTriggersIsNamedByItsLinkBeforeTheNextRow() throws Exception {
        long deleted = written("deleted-1");
        long next = written("deleted-2");
        long seq = new JdbcTemplate(dataSource).queryForObject("select chain_seq from trace where id = ?", Long.class, deleted);

        try (var db = new PastTheTriggers(dataSource)) {
            db.execute("create temp table kept as select * from trace where id = ?", deleted);
            db.execute("delete from trace where id = ?", deleted);
            try {
                ChainResult result = traceChain();

                assertThat(result.broken()).isEqualTo(new ChainResult.Break(String.valueOf(next), seq + 1,
                        Damage.DELETED, "the rows with link " + seq + " before it are gone"));
                assertThat(chains.verify().lines()).anyMatch(l -> l.startsWith("trace: BROKEN at row " + next));
            } finally {
                db.execute("insert into trace overriding system value select * from kept");
            }
        }
        assertThat(traceChain().intact()).isTrue();
    }

    @Test
    void aRowInsertedPastTheWriterIsNamedWhetherItHasNoLinkOrAForgedOne() throws Exception {
        written("before-forgery");
        try (var db = new PastTheTriggers(dataSource)) {
            long bare = db.execute("""
                    insert into trace (username, action, record_type, record_id, channel)
                    values ('forger', 'READ', 'person', 'bare', 'GET /personer') returning id""");
            try {
                assertThat(traceChain().broken()).isEqualTo(new ChainResult.Break(String.valueOf(bare), null,
                        Damage.INSERTED, "has no link: written past Helhet"));
            } finally {
                db.execute("delete from trace where id = ?", bare);
            }
            long head = new JdbcTemplate(dataSource).queryForObject(
                    "select last_seq from chain_head where chain = 'trace'", Long.class);
            long linked = db.execute("""
                    insert into trace (username, action, record_type, record_id, channel, chain_seq, chain_hash)
                    values ('forger', 'READ', 'person', 'linked', 'GET /personer', ?, sha256('forged'))
                    returning id""", head + 1);
            try {
                assertThat(traceChain().broken()).isEqualTo(new ChainResult.Break(String.valueOf(linked), head + 1,
                        Damage.INSERTED, "its link is beyond the chain's head (" + head + ")"));
            } finally {
                db.execute("delete from trace where id = ?", linked);
            }
        }
        assertThat(traceChain().intact()).isTrue();
    }

    @Test
    void theLogReviewShowsWhetherTheChainsAreIntact() throws Exception {
        assertThat(WebSession.loggedInAs(port, "admin").get("/admin/logg?kedjor").body()).contains("data-chain=\"trace\"")
                .contains("rader kontrollerade").doesNotContain("bruten vid rad");
        try (var db = new PastTheTriggers(dataSource)) {
            long bare = db.execute("""
                    insert into trace (username, action, record_type, record_id, channel)
                    values ('forger', 'READ', 'person', 'page', 'GET /personer') returning id""");
            try {
                assertThat(WebSession.loggedInAs(port, "admin").get("/admin/logg?kedjor").body())
                        .contains("bruten vid rad " + bare + " (länk –): tillagd");
            } finally {
                db.execute("delete from trace where id = ?", bare);
            }
        }
    }

    @Test
    void concurrentWritersLinkEveryRowIntoOneValidChain() throws Exception {
        int threads = 8;
        int each = 50;
        long before = traceChain().rows();
        var template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < each; i++) {
                    template.executeWithoutResult(s -> repository.insert(writer, TracedAction.READ, "person",
                            "concurrent-" + thread, List.of(new TracedPerson(null, "19121212-1212")), "internal"));
                }
                return null;
            });
        }
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        ChainResult result = traceChain();
        assertThat(result.intact()).as(result.line()).isTrue();
        assertThat(result.rows()).isEqualTo(before + threads * each);
        System.out.printf("Trace chain: %d rows by %d concurrent writers in %.2f s, %.0f rows/s%n",
                threads * each, threads, seconds, threads * each / seconds);
    }
}
