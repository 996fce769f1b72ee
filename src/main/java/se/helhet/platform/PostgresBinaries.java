package se.helhet.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Where the embedded server's programs are. zonky unpacks them from its jar to a directory of its own
 * choosing; every server writes the full path of the program it runs as to {@code postmaster.opts} in its
 * data directory, and {@code pg_ctl} lies beside it.
 */
record PostgresBinaries(Path directory) {

    static Optional<PostgresBinaries> usedBy(Path dataDirectory) {
        Path options = dataDirectory.resolve("postmaster.opts");
        if (!Files.isRegularFile(options)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(options);
            // The line is: /path/to/bin/postgres "-D" "/data" "-p" "5432" …
            String line = lines.isEmpty() ? "" : lines.getFirst();
            int arguments = line.indexOf(" \"");
            Path program = Path.of(arguments < 0 ? line.trim() : line.substring(0, arguments));
            return Optional.of(new PostgresBinaries(program.getParent()))
                    .filter(b -> Files.isExecutable(b.pgCtl()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Path pgCtl() {
        return directory.resolve("pg_ctl");
    }

    /**
     * Starts a server on the data directory and waits until it takes connections; pg_ctl detaches it from
     * Helhet's process group, so a Ctrl-C meant for Helhet does not stop the database under it.
     */
    boolean start(Path dataDirectory, Path log, String options, Duration wait) {
        return pgCtl(log, "-D", dataDirectory.toString(), "-l", log.toString(), "-w",
                "-t", Long.toString(wait.toSeconds()), "-o", options, "start");
    }

    boolean stop(Path dataDirectory, Path log) {
        return pgCtl(log, "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    private boolean pgCtl(Path log, String... arguments) {
        List<String> command = new ArrayList<>();
        // As zonky does: PostgreSQL refuses to run as root, so root runs it in a user namespace of its own.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtl().toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
