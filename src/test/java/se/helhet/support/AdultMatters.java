package se.helhet.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.matter.MatterKind;
import se.helhet.matter.MatterOpened;
import tools.jackson.databind.JsonNode;

/**
 * Adult units' matters as a test needs them: opened over the API as the unit's own social worker, or, where a test
 * needs a matter opened on an earlier day in a unit by name, opened as the matter module opens one — the row, the
 * person in the unit's register, and {@link MatterOpened} published in the same transaction, so that what listens
 * (the routines' matching) runs as it does on an opening.
 */
public final class AdultMatters {

    private AdultMatters() {
    }

    /** The id of the demo user's first unit. */
    public static String unitOf(int port, String username) {
        return Api.as(port, username).get("/api/v1/me").json().get("units").get(0).get("id").asString();
    }

    /** An adult registered by the worker, so that the worker's unit has the person in its register. */
    public static String anAdult(int port, String worker, String givenName, String familyName, int age) {
        return Api.as(port, worker).post("/api/v1/persons", Api.json(
                "{'givenName': '%s', 'familyName': '%s', 'birthDate': '%s'}", givenName, familyName,
                LocalDate.now().minusYears(age).minusDays(40))).json().get("id").asString();
    }

    /**
     * The worker's unit takes a person held already into its register, as registering a held number does (ADR 14);
     * the person's id.
     */
    public static String takeUp(int port, String worker, String number, String givenName, String familyName) {
        var response = Api.as(port, worker).post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': '%s', 'familyName': '%s'}", number, givenName, familyName));
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.json().get("id").asString();
    }

    public static Api.Response open(int port, String worker, String personId, String kind) {
        return Api.as(port, worker).post("/api/v1/matters", Api.json("""
                        {'personId': '%s', 'unitId': '%s', 'kind': '%s', 'openedOn': '%s', 'responsibleWorkerId': '%s'}""",
                personId, unitOf(port, worker), kind, LocalDate.now(), StaffIds.of(port, worker)));
    }

    public static JsonNode opened(int port, String worker, String personId, String kind) {
        var response = open(port, worker, personId, kind);
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.json();
    }

    /** Opens a matter of {@code kind} today in the unit named, with the user named as responsible worker. */
    public static String open(ApplicationContext context, String personId, MatterKind kind, String unitName,
                              String worker) {
        return open(context, personId, kind, unitName, worker, LocalDate.now());
    }

    public static String open(ApplicationContext context, String personId, MatterKind kind, String unitName,
                              String worker, LocalDate openedOn) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        UUID id = UUID.randomUUID();
        UUID person = UUID.fromString(personId);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            jdbc.update("""
                            insert into matter (id, kind, person_id, unit_id, opened_at, responsible_worker_id, reopened,
                                created_by)
                            select ?, ?, ?, u.id, ?, w.id, false, w.id
                            from unit u, app_user w where u.name = ? and w.username = ?""",
                    id, kind.name(), person, openedOn.atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime(),
                    unitName, worker);
            jdbc.update("""
                            insert into person_unit (person_id, unit_id) select ?, id from unit where name = ?
                            on conflict do nothing""", person, unitName);
            context.publishEvent(new MatterOpened(id, person, kind, openedOn));
        });
        return id.toString();
    }
}
