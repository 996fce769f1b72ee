package se.helhet.followup;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Many readers asking the same question at once share one computation of its answer, and each gets an answer computed
 * after it asked: a reader joins the computation waiting to start, or, when none waits, is the one to start next,
 * once the running one is done. So a question is computed at most once at a time, with at most one more waiting, and
 * nothing is kept after it is answered: what was done before a reader asked is in its answer, on any node.
 */
final class SharedComputation<K, V> {

    /** The running computation of a question and the one waiting to start after it. */
    private static final class Slot<V> {
        CompletableFuture<V> running;
        CompletableFuture<V> waiting;
    }

    private final Map<K, Slot<V>> slots = new HashMap<>();

    V get(K question, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> shared;
        CompletableFuture<V> before;
        synchronized (slots) {
            Slot<V> slot = slots.computeIfAbsent(question, q -> new Slot<>());
            shared = slot.waiting;
            before = slot.running;
            if (shared == null) {
                slot.waiting = mine;
            }
        }
        if (shared != null) {
            return answer(shared);
        }
        if (before != null) {
            before.exceptionally(failure -> null).join();
        }
        synchronized (slots) {
            Slot<V> slot = slots.get(question);
            slot.waiting = null;
            slot.running = mine;
        }
        // The slot is let go before the answer is given: a reader woken by the answer then finds the slot as this
        // computation left it, never one that a later computation has already removed.
        V answer;
        try {
            answer = compute.get();
        } catch (RuntimeException | Error failure) {
            done(question, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
        done(question, mine);
        mine.complete(answer);
        return answer;
    }

    /** The question's slot without this computation: gone when no other waits to start. */
    private void done(K question, CompletableFuture<V> mine) {
        synchronized (slots) {
            Slot<V> slot = slots.get(question);
            if (slot.running == mine && slot.waiting == null) {
                slots.remove(question);
            } else if (slot.running == mine) {
                slot.running = null;
            }
        }
    }

    private static <V> V answer(CompletableFuture<V> shared) {
        try {
            return shared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
