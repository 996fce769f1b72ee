package se.helhet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Helhet as it runs: real HTTP on a random port, the embedded PostgreSQL in a fresh data directory, the
 * demo data and users, and an OpenID Connect provider for logins through the municipality's accounts.
 * Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helhet.mode=demo",
        "helhet.home=target/test-home/${random.uuid}",
        "logging.level.se.helhet=WARN"
})
@ContextConfiguration(initializers = IdentityProvider.class)
public @interface HelhetTest {
}
