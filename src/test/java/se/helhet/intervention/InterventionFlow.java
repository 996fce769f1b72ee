package se.helhet.intervention;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

/** Brings a child's matter to where an intervention can be offered, and offers it, over the API. */
final class InterventionFlow {

    private final int port;

    InterventionFlow(int port) {
        this.port = port;
    }

    /** A matter at the level given (ORANGE or RED), with a running investigation. */
    String matter(String level, String childName) {
        return CaseFlow.investigated(port, 10, childName, level).matterId();
    }

    /** The unit manager makes {@code username} the investigator of the matter's investigation. */
    void investigatedBy(String matterId, String username) {
        JsonNode investigation = CaseFlow.investigation(port, matterId);
        var assigned = Api.as(port, "chef").post("/api/v1/investigations/" + investigation.get("id").asString()
                + "/investigator", Api.json("{'investigatorId': '%s', 'version': %d}", staffId(username),
                investigation.get("version").asInt()));
        ok(assigned, 200);
    }

    /** The family has commented on the investigation and the unit manager grants the intervention. */
    String granted(String matterId, String code) {
        JsonNode investigation = CaseFlow.investigation(port, matterId);
        String path = "/api/v1/investigations/" + investigation.get("id").asString();
        // A full (red) investigation describes one area on each side of the triangle before the decision.
        for (String area : new String[] {"EDUCATION", "BASIC_CARE", "HOUSING"}) {
            ok(Api.as(port, "chef").put(path + "/areas/" + area, Api.json(
                    "{'description': 'Beskrivet.', 'childView': 'Barnets egna ord.', 'needs': 'Behov.'}")), 200);
        }
        ok(Api.as(port, "chef").post(path + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", java.time.LocalDate.now(),
                investigation.get("version").asInt())), 200);
        var decided = Api.as(port, "chef").post(path + "/decision", Api.json(
                "{'outcome': 'GRANTED', 'interventionCode': '%s', 'reasons': 'Behov av stöd i föräldraskapet.'}", code));
        ok(decided, 201);
        return decided.json().get("id").asString();
    }

    Api.Response offer(String matterId, String code, String worker, String decisionId, String offeredOn) {
        return Api.as(port, "mottagning").post("/api/v1/matters/" + matterId + "/interventions", Api.json("""
                {'code': '%s', 'providerKind': 'INTERNAL', 'providerName': 'Familjebehandlarna',
                 'responsibleWorkerId': '%s', 'goals': 'Tryggare vardag för barnet.',
                 'decisionId': %s, 'offeredOn': '%s'}""", code, staffId(worker),
                decisionId == null ? "null" : "'" + decisionId + "'", offeredOn == null ? "" : offeredOn));
    }

    /** An offered open intervention (parenting programme), returned as the API shows it. */
    JsonNode offered(String matterId, String offeredOn) {
        var response = offer(matterId, "PARENTING_PROGRAMME", "lena.falk", null, offeredOn);
        ok(response, 201);
        return response.json();
    }

    Api.Response step(JsonNode intervention, String step, String date, String reason) {
        return Api.as(port, "mottagning").post("/api/v1/interventions/" + intervention.get("id").asString() + "/"
                + step, Api.json("{'date': '%s', 'version': %d, 'reason': %s}", date, intervention.get("version").asInt(),
                reason == null ? "null" : "'" + reason + "'"));
    }

    String staffId(String username) {
        return StaffIds.of(port, username);
    }

    private static void ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
    }
}
