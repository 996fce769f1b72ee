package se.helhet.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Children registered for a test through the API. They get reserve numbers (a birth date and no
 * personnummer), so no test ever needs a child's personnummer that the demo data might hold.
 */
public final class Children {

    private static final AtomicInteger next = new AtomicInteger();

    private Children() {
    }

    /** A new child of the given age, registered by the intake worker; returns the person id. */
    public static String aChild(int port, int age, String givenName) {
        LocalDate birth = LocalDate.now().minusYears(age).minusDays(30 + next.getAndIncrement() % 300);
        var response = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'givenName': '%s', 'familyName': 'Testbarn', 'birthDate': '%s'}", givenName, birth));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not register a child: " + response.body());
        }
        return response.json().get("id").asString();
    }
}
