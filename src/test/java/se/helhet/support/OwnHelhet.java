package se.helhet.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import se.helhet.HelhetApplication;

/**
 * A Helhet of a test's own, apart from the shared test context, with its own HELHET_HOME and embedded
 * database, which the test may kill. It starts as {@code ./helhet} does, except that it is held just before
 * its first start-up step (the demo data) until the test lets it go on, as a slow first start would be.
 */
public final class OwnHelhet implements AutoCloseable {

    private final Path home;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();

    private OwnHelhet(String name) {
        this.home = Path.of("target/test-home/" + name + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    /** Returns once the web server answers; the demo data waits for {@link #goOn()}. */
    public static OwnHelhet startHeld(String name) throws Exception {
        OwnHelhet helhet = new OwnHelhet(name);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(HelhetApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("heldBeforeDemoData", helhet.new Gate()))
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof WebServerInitializedEvent web) {
                        helhet.port.complete(web.getWebServer().getPort());
                    }
                });
        Thread.ofPlatform().name("own-helhet-" + name).start(() -> {
            try {
                helhet.context.complete(builder.run("--helhet.mode=demo", "--helhet.home=" + helhet.home,
                        "--helhet.demo.children=40", "--server.port=0", "--logging.level.se.helhet=WARN"));
            } catch (Throwable failure) {
                helhet.port.completeExceptionally(failure);
                helhet.context.completeExceptionally(failure);
            }
        });
        helhet.port.get(5, TimeUnit.MINUTES);
        return helhet;
    }

    public void goOn() {
        held.countDown();
    }

    /** Once every start-up step is done: demo data and users exist. */
    public ConfigurableApplicationContext awaitStarted(Duration limit) throws Exception {
        return context.get(limit.toSeconds(), TimeUnit.SECONDS);
    }

    public int port() {
        return port.join();
    }

    public Path dataDirectory() {
        return home.resolve("pgdata");
    }

    @Override
    public void close() {
        goOn();
        context.handle((started, failed) -> {
            if (started != null) {
                started.close();
            }
            return null;
        }).join();
    }

    private final class Gate implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            held.await();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
