package se.helhet.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * {@code ./helhet backup} and {@code ./helhet restore --to TIME}: backups of the embedded database, run by
 * Helhet's jar without starting Helhet. An external PostgreSQL is backed up with its own tools
 * (docs/operations.md).
 */
public final class DatabaseCommands {

    private static final List<String> COMMANDS = List.of("backup", "restore");

    private final PrintStream out;
    private final Path home;

    private DatabaseCommands(PrintStream out, Path home) {
        this.out = out;
        this.home = home;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** From the launcher: without Spring's logging set-up, zonky would fill the terminal with its steps. */
    public static void exit(String[] args) {
        LoggingSystem.get(DatabaseCommands.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        System.exit(run(args));
    }

    /** Runs the command named first; the exit status for the shell. */
    public static int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        if (!option(arguments, "--helhet.database.url=").or(() -> environment("HELHET_DB_URL")).orElse("").isBlank()
                || "production".equalsIgnoreCase(environment("HELHET_MODE").orElse(""))) {
            System.err.println("helhet: " + args[0] + " is for the embedded database of demo mode; back up an external"
                    + " PostgreSQL with its own tools (docs/operations.md).");
            return 2;
        }
        Path home = Path.of(option(arguments, "--helhet.home=").or(() -> environment("HELHET_HOME"))
                .orElse(System.getProperty("user.home") + "/.helhet")).toAbsolutePath();
        var commands = new DatabaseCommands(System.out, home);
        try {
            return args[0].equals("backup") ? commands.backup() : commands.restore(arguments);
        } catch (UnsafeConfigurationException e) {
            System.err.println("helhet: " + e.getMessage() + " " + e.action());
            return 1;
        } catch (Exception e) {
            System.err.println("helhet: " + args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private int backup() throws Exception {
        BaseBackup.Made made = BaseBackup.take(home);
        out.println("Backup done: " + made.directory());
        out.println("Restorable to any moment after " + local(made.usableFrom())
                + " (WAL: " + EmbeddedSettings.archive(home) + ")");
        return 0;
    }

    private int restore(List<String> arguments) throws Exception {
        int at = arguments.indexOf("--to");
        if (at < 0 || at + 1 >= arguments.size()) {
            System.err.println("helhet: restore needs --to TIME, e.g. --to '2026-03-01 14:30' (local time),"
                    + " --to 2026-03-01T13:30:00Z, or --to latest");
            return 2;
        }
        Optional<Instant> to;
        try {
            to = moment(arguments.get(at + 1));
        } catch (DateTimeParseException e) {
            System.err.println("helhet: " + arguments.get(at + 1) + " is not a time such as '2026-03-01 14:30'");
            return 2;
        }
        PointInTimeRestore.Restored restored = PointInTimeRestore.to(home, to);
        out.println("Restored to " + to.map(DatabaseCommands::local).orElse("the last change archived")
                + " from " + restored.backup().directory().getFileName());
        out.println("The database as it was before: " + restored.earlier()
                + " (remove it when the restore is right)");
        return 0;
    }

    /** {@code latest}, a time with an offset, or a local time of this machine. */
    static Optional<Instant> moment(String text) {
        if (text.equals("latest")) {
            return Optional.empty();
        }
        String iso = text.trim().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException noOffset) {
            return Optional.of(LocalDateTime.parse(iso).atZone(ZoneId.systemDefault()).toInstant());
        }
    }

    private static String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneId.systemDefault()).toString();
    }

    private static Optional<String> option(List<String> arguments, String prefix) {
        return arguments.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst();
    }

    private static Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
