package se.helhet.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Guardians registered for a test child, and the consents they give, through the API as the intake worker. */
public final class Consenting {

    private static final AtomicInteger next = new AtomicInteger();

    private Consenting() {
    }

    /** Registers {@code count} adults as the child's guardians (reserve numbers); returns their ids. */
    public static List<String> guardians(int port, String childId, int count) {
        Api intake = Api.as(port, "mottagning");
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(next.getAndIncrement() % 3000);
            var guardian = intake.post("/api/v1/persons", Api.json(
                    "{'givenName': '%s', 'familyName': 'Testförälder', 'birthDate': '%s'}",
                    i == 0 ? "Alva" : "Bruno", birth));
            if (guardian.status() != 201) {
                throw new IllegalStateException("Could not register a guardian: " + guardian.body());
            }
            String id = guardian.json().get("id").asString();
            var related = intake.post("/api/v1/persons/" + id + "/relations",
                    Api.json("{'type': 'GUARDIAN', 'relatedPersonId': '%s'}", childId));
            if (related.status() != 204) {
                throw new IllegalStateException("Could not relate a guardian: " + related.body());
            }
            return id;
        }).toList();
    }

    /** A consent to one unit for one scope, given in writing today by {@code givers}, until further notice. */
    public static String consent(String subjectId, List<String> givers, String unitId, String scope) {
        return consent(subjectId, givers, unitId, scope, LocalDate.now().toString(), "");
    }

    public static String consent(String subjectId, List<String> givers, String unitId, String scope, String from,
                                 String to) {
        return Api.json("{'subjectId': '%s', 'givenBy': [%s], 'recipients': [{'unitId': '%s'}], 'scopes': ['%s'], "
                        + "'validFrom': '%s', 'validTo': '%s', 'form': 'WRITTEN'}", subjectId,
                String.join(", ", givers.stream().map(g -> "'" + g + "'").toList()), unitId, scope, from, to);
    }

    /**
     * Two guardians registered for the matter's child give their consent to the matter's unit for school
     * outcomes; returns the consent's id.
     */
    public static String toSchoolOutcomes(int port, String matterId) {
        Api intake = Api.as(port, "mottagning");
        var matter = intake.get("/api/v1/matters/" + matterId).json();
        String child = matter.get("personId").asString();
        var consent = intake.post("/api/v1/consents", consent(child, guardians(port, child, 2),
                matter.get("unitId").asString(), "SCHOOL_OUTCOMES"));
        if (consent.status() != 201) {
            throw new IllegalStateException("Could not record the consent: " + consent.body());
        }
        return consent.json().get("id").asString();
    }
}
