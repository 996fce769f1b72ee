package se.helhet.platform;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./helhet verify}: walks the hash chains of the access log and of signed case notes (ADR 8) and says
 * whether they are whole, or where the first break is; the exit status is 3 on a break. It starts Helhet
 * without serving anyone (on a local port of its own), with the configuration Helhet runs with, so it reads
 * the same database with the same key. The embedded database must not be in use by a running Helhet, whose
 * log review page shows the same verification.
 */
public final class VerifyCommand {

    public static final int BROKEN = 3;

    private VerifyCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("verify");
    }

    public static void exit(Class<?> application, String[] args) {
        System.exit(run(application, System.out, args));
    }

    /** The exit status for the shell; the result goes to {@code out}, line by line. */
    public static int run(Class<?> application, PrintStream out, String... args) {
        String[] arguments = Stream.concat(Arrays.stream(args).skip(1), Stream.of("--server.port=0",
                "--server.address=127.0.0.1", "--logging.level.root=WARN", "--logging.level.se.helhet=WARN"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplication(application).run(arguments)) {
            return print(context.getBean(Chains.class).verify(), out);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof UnsafeConfigurationException)) {
                cause = cause.getCause();
            }
            System.err.println("helhet: verify failed: " + cause.getMessage()
                    + (cause instanceof UnsafeConfigurationException unsafe ? " " + unsafe.action() : ""));
            return 1;
        }
    }

    static int print(Chains.Report report, PrintStream out) {
        report.lines().forEach(out::println);
        out.println(report.intact() ? "The chains are intact"
                : "A chain is broken: something was changed past Helhet");
        return report.intact() ? 0 : BROKEN;
    }
}
