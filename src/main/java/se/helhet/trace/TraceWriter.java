package se.helhet.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log's group commit (ADR 21). Each row must wait for the chain's head and be on disk before the page
 * that shows the person is sent; one transaction per request made concurrent requests follow one another at the
 * pace of the disk. Here a request hands its rows over and waits: whichever request writes next takes every row
 * handed over meanwhile, links them under one lock of the head and commits them together, then wakes the
 * requests whose rows were in it. Each row keeps its own reader, record and channel; only the moment (the head's
 * lock) and the commit are shared.
 */
@Component
class TraceWriter {

    private final TraceRepository repository;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock writing = new ReentrantLock();
    private final Queue<Handed> handed = new ConcurrentLinkedQueue<>();

    TraceWriter(TraceRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Returns once the rows are committed, in a transaction of their own; throws what their commit threw. */
    void write(List<TraceRow> rows) {
        Handed own = new Handed(rows, new CompletableFuture<>());
        handed.add(own);
        writing.lock();
        try {
            if (!own.committed().isDone()) {
                commit(takeHanded());
            }
        } finally {
            writing.unlock();
        }
        try {
            own.committed().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<Handed> takeHanded() {
        List<Handed> batch = new ArrayList<>();
        for (Handed next = handed.poll(); next != null; next = handed.poll()) {
            batch.add(next);
        }
        return batch;
    }

    private void commit(List<Handed> batch) {
        try {
            ownTransaction.executeWithoutResult(t -> repository.insert(batch.stream()
                    .flatMap(h -> h.rows().stream()).toList()));
            batch.forEach(h -> h.committed().complete(null));
        } catch (DataIntegrityViolationException e) {
            if (batch.size() == 1) {
                batch.getFirst().committed().completeExceptionally(e);
            } else {
                // one request's rows that the database refuses must not fail the other requests of the batch
                batch.forEach(h -> commit(List.of(h)));
            }
        } catch (RuntimeException | Error e) {
            batch.forEach(h -> h.committed().completeExceptionally(e));
        }
    }

    private record Handed(List<TraceRow> rows, CompletableFuture<Void> committed) {
    }
}
