package se.helhet.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database is Helhet's own: when its server dies (killed, out of memory), Helhet starts it
 * again on the same port and data directory, and the connection pool finds it there. PostgreSQL's crash
 * recovery replays what was committed. Meanwhile requests answer 503 (see {@link DatabaseOutage}).
 */
final class EmbeddedServerWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerWatch.class);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final PostgresBinaries binaries;
    private final Path dataDirectory;
    private final Path serverLog;
    private final String options;
    private final Thread thread;
    private final Thread onExit = Thread.ofPlatform().unstarted(() -> closed = true);
    private volatile boolean closed;

    EmbeddedServerWatch(PostgresBinaries binaries, Path dataDirectory, Path serverLog, String options) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.serverLog = serverLog;
        this.options = options;
        this.thread = Thread.ofPlatform().daemon().name("helhet-database-watch").unstarted(this::watch);
    }

    EmbeddedServerWatch start() {
        // zonky stops the server from a shutdown hook of its own: a stop then is no death to repair.
        Runtime.getRuntime().addShutdownHook(onExit);
        thread.start();
        return this;
    }

    private void watch() {
        boolean down = false;
        while (!closed) {
            if (!running()) {
                if (!down) {
                    log.warn("Den inbyggda databasen har stannat; Helhet startar om den (serverlogg: {})", serverLog);
                }
                down = !restart();
                if (!down) {
                    log.info("Den inbyggda databasen är igång igen");
                }
            }
            pause();
        }
    }

    private boolean running() {
        try {
            return LeftoverServer.serverOf(dataDirectory).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails while processes of the dead server still hold its shared memory, or while whatever stopped it
     * lasts; the next round tries again.
     */
    private boolean restart() {
        return !closed && binaries.start(dataDirectory, serverLog, options, Duration.ofSeconds(60));
    }

    private synchronized void pause() {
        try {
            if (!closed) {
                wait(INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Waits for a restart under way to finish, so that the server Helhet then stops is the last one. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // Already running, to the same effect.
        }
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(70));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
