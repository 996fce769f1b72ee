package se.helhet.audit;

import java.util.ArrayList;
import java.util.List;

import se.helhet.support.Api;
import tools.jackson.databind.JsonNode;

/** Sets up audits and answers them over the API, as a file auditor does. */
final class AuditCalls {

    static final String EXAMPLE_KEY = "6b0f3a52-3c1e-4d0a-9a7e-0a1d5e7f0001";

    private final int port;

    AuditCalls(int port) {
        this.port = port;
    }

    /** A new audit with the example key; {@code units} is a JSON array, {@code level} null or a quoted code. */
    JsonNode created(String name, String units, String area, String from, String to, String level, int size,
                     String seed) {
        return ok(Api.as(port, "granskare").post("/api/v1/audits", Api.json("""
                {'name': '%s', 'keyId': '%s', 'unitIds': %s, 'area': '%s', 'closedFrom': '%s', 'closedTo': '%s',
                 'level': %s, 'sampleSize': %d, 'seed': '%s'}""", name, EXAMPLE_KEY, units, area, from, to, level,
                size, seed))).json();
    }

    JsonNode drawn(JsonNode audit) {
        return ok(Api.as(port, "granskare").post("/api/v1/audits/" + audit.get("id").asString() + "/sample", "")).json();
    }

    List<String> sample(JsonNode audit) {
        List<String> ids = new ArrayList<>();
        ok(Api.as(port, "granskare").get("/api/v1/audits/" + audit.get("id").asString() + "/matters")).json()
                .forEach(m -> ids.add(m.get("matterId").asString()));
        return ids;
    }

    /**
     * Answers every question of the example key about a matter: q1 and q2 as given, q3-q11 with {@code rest},
     * q12 on the scale; a comment on q1.
     */
    Api.Response answered(String audit, String matter, String q1, String q2, String rest, int scale, boolean reviewed) {
        StringBuilder answers = new StringBuilder("{'question': 1, 'answer': '" + q1 + "', 'comment': 'Samråd syns i journalen.'},");
        answers.append("{'question': 2, 'answer': '").append(q2).append("'},");
        for (int q = 3; q <= 11; q++) {
            answers.append("{'question': ").append(q).append(", 'answer': '").append(rest).append("'},");
        }
        answers.append("{'question': 12, 'scale': ").append(scale).append('}');
        return Api.as(port, "granskare").put("/api/v1/audits/" + audit + "/matters/" + matter + "/answers",
                Api.json("{'answers': [%s], 'reviewed': %s}", answers, reviewed));
    }

    static Api.Response ok(Api.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response;
    }
}
