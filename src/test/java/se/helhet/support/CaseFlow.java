package se.helhet.support;

import tools.jackson.databind.JsonNode;

/** Takes a new child through intake over the API, to where a test needs the matter to be. */
public final class CaseFlow {

    public record Opened(String childId, String reportId, String matterId) {
    }

    private CaseFlow() {
    }

    public static Opened reported(int port, int age, String name, String kind) {
        String child = Children.aChild(port, age, name);
        JsonNode report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': '%s', 'reporterCategory': 'SCHOOL', 'reporterName': 'Kim', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT'], 'description': 'Oro för barnet.'}""", kind, child)).json();
        return new Opened(child, report.get("id").asString(),
                report.get("children").get(0).get("matterId").asString());
    }

    /** Protection assessed and no investigation opened (level blue): the report led to nothing more. */
    public static void notInvestigated(int port, Opened opened) {
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/reports/" + opened.reportId() + "/children/" + opened.childId();
        intake.post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));
        var decided = intake.post(base + "/preliminary-assessment",
                Api.json("{'outcome': 'NO_INVESTIGATION', 'level': 'BLUE', 'reasoning': 'Föräldrarna tar emot stöd.'}"));
        if (decided.status() != 201) {
            throw new IllegalStateException(decided.body());
        }
    }

    /** A matter with a running investigation at the level given (ORANGE or RED). */
    public static Opened investigated(int port, int age, String name, String level) {
        Opened opened = reported(port, age, name, "CONCERN_REPORT");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/reports/" + opened.reportId() + "/children/" + opened.childId();
        intake.post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));
        var decided = intake.post(base + "/preliminary-assessment", Api.json(
                "{'outcome': 'OPEN_INVESTIGATION', 'level': '%s', 'reasoning': 'Utredning behövs.'}", level));
        if (decided.status() != 201) {
            throw new IllegalStateException(decided.body());
        }
        return opened;
    }

    public static JsonNode investigation(int port, String matterId) {
        return Api.as(port, "chef").get("/api/v1/matters/" + matterId + "/investigations").json().get(0);
    }
}
