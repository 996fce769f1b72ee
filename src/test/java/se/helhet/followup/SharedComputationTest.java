package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Readers asking the same question at once share a computation; none gets an answer computed before it asked, so work
 * done before a reader opened the page is in its figures.
 */
class SharedComputationTest {

    private final SharedComputation<String, Integer> shared = new SharedComputation<>();
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void readersWhoAskWhileACountRunsShareTheNextCountAndNotTheRunningOne() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> shared.get("city-year", () -> {
            running.countDown();
            await(release);
            return computed.incrementAndGet();
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        List<Thread> later = new ArrayList<>();
        List<Integer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) {
            Thread reader = Thread.ofPlatform().start(() -> answers.add(shared.get("city-year", computed::incrementAndGet)));
            later.add(reader);
        }
        for (Thread reader : later) {
            waitUntilBlocked(reader);
        }
        release.countDown();
        for (Thread reader : later) {
            reader.join(10_000);
        }

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(answers).containsOnly(2).hasSize(5);
        assertThat(computed).hasValue(2);
    }

    @Test
    void differentQuestionsAreNotShared() {
        assertThat(shared.get("pilot", () -> 1)).isEqualTo(1);
        assertThat(shared.get("control", () -> 2)).isEqualTo(2);
        assertThat(shared.get("pilot", () -> 3)).isEqualTo(3);
    }

    @Test
    void aFailedCountFailsItsReadersAndTheNextReaderCountsAgain() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> shared.get("city-year", () -> {
            throw new IllegalStateException("statement timeout");
        }))).hasMessage("statement timeout");
        assertThat(shared.get("city-year", () -> 7)).isEqualTo(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntilBlocked(Thread reader) throws InterruptedException {
        for (int i = 0; i < 1000 && reader.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(reader.getState()).isEqualTo(Thread.State.WAITING);
    }
}
