package se.helhet.followup;

import java.time.LocalDate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

/** Adds known work over the API, so a test can read how much an indicator moved. */
final class Work {

    private final int port;
    private final String today = LocalDate.now().toString();

    Work(int port) {
        this.port = port;
    }

    /** The investigation of the matter is communicated and the unit manager decides today; returns the decision id. */
    String decided(String matterId, String outcome, String code) {
        JsonNode investigation = CaseFlow.investigation(port, matterId);
        String path = "/api/v1/investigations/" + investigation.get("id").asString();
        ok(Api.as(port, "chef").post(path + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", today,
                investigation.get("version").asInt())));
        var decided = ok(Api.as(port, "chef").post(path + "/decision", Api.json(
                "{'outcome': '%s', 'interventionCode': %s, 'reasons': 'Utredningen visar ett behov av stöd.'}",
                outcome, code == null ? "null" : "'" + code + "'")));
        return decided.json().get("id").asString();
    }

    /** The child has lived in the area (ekdalen is the pilot's) since a year ago. */
    void livesIn(String childId, String areaCode) {
        ok(Api.as(port, "mottagning").post("/api/v1/persons/" + childId + "/areas", Api.json(
                "{'areaCode': '%s', 'from': '%s'}", areaCode, LocalDate.now().minusYears(1))));
    }

    /** A new report today about a child already known, which intake opens an orange investigation on. */
    void reportedAgainAndInvestigated(String childId) {
        Api intake = Api.as(port, "mottagning");
        JsonNode report = ok(intake.post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'POLICE', 'reporterName': 'Kim', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT'], 'description': 'Ny oro för barnet.'}""", childId))).json();
        String base = "/api/v1/reports/" + report.get("id").asString() + "/children/" + childId;
        ok(intake.post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}")));
        ok(intake.post(base + "/preliminary-assessment",
                Api.json("{'outcome': 'OPEN_INVESTIGATION', 'level': 'ORANGE', 'reasoning': 'Utredning behövs.'}")));
    }

    /** An intervention offered today (with the granting decision, or open when null), taken through the steps. */
    JsonNode intervention(String matterId, String code, String decisionId, String... steps) {
        JsonNode intervention = ok(Api.as(port, "mottagning").post("/api/v1/matters/" + matterId + "/interventions",
                Api.json("""
                        {'code': '%s', 'providerKind': 'INTERNAL', 'providerName': 'Familjebehandlarna',
                         'responsibleWorkerId': '%s', 'goals': 'Tryggare vardag för barnet.',
                         'decisionId': %s, 'offeredOn': '%s'}""", code, StaffIds.of(port, "lena.falk"),
                        decisionId == null ? "null" : "'" + decisionId + "'", today))).json();
        for (String step : steps) {
            String reason = step.equals("decline") || step.equals("end-early") ? "'Familjen har flyttat.'" : "null";
            intervention = ok(Api.as(port, "mottagning").post("/api/v1/interventions/"
                    + intervention.get("id").asString() + "/" + step, Api.json("{'date': '%s', 'version': %d, 'reason': %s}",
                    today, intervention.get("version").asInt(), reason))).json();
        }
        return intervention;
    }

    private static Api.Response ok(Api.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response;
    }
}
