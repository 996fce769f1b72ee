package se.helhet.sip;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;

/** Persons and matters for the plans' tests, registered over the API as the worker who works with them. */
final class PlanPeople {

    private static final AtomicInteger next = new AtomicInteger();

    private final int port;
    private final JdbcTemplate jdbc;

    PlanPeople(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** A person of the given age registered by {@code worker}, which puts them in the worker's units' register. */
    String aged(int age, String worker) {
        LocalDate birth = LocalDate.now().minusYears(age).minusDays(20 + next.getAndIncrement() % 300);
        var response = Api.as(port, worker).post("/api/v1/persons", Api.json(
                "{'givenName': 'Sam', 'familyName': 'Planperson', 'birthDate': '%s'}", birth));
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.json().get("id").asString();
    }

    /**
     * An open matter of an adult unit for the person, held by the worker's first unit. The adult units open their
     * matters on pages of their own; the plans need only that one is open.
     */
    String openMatter(String personId, String kind, String worker) {
        var me = Api.as(port, worker).get("/api/v1/me").json();
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into matter (id, person_id, unit_id, opened_at, kind, responsible_worker_id, reopened, created_by)
                values (?, ?, ?, now() - interval '30 days', ?, ?, false, ?)""", id, UUID.fromString(personId),
                UUID.fromString(me.get("units").get(0).get("id").asString()), kind,
                UUID.fromString(me.get("id").asString()), UUID.fromString(me.get("id").asString()));
        return id.toString();
    }

    String unitOf(String worker) {
        return Api.as(port, worker).get("/api/v1/me").json().get("units").get(0).get("id").asString();
    }
}
