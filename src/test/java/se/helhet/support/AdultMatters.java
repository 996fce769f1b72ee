package se.helhet.support;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/** Opens adult units' matters over the API as the unit's own social worker, as a test needs them. */
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
}
