package se.helhet.support;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/** A child placed outside the home over the API: a red investigation, a decision granting the placement, started. */
public final class Placed {

    public record Child(String childId, String matterId, String interventionId) {
    }

    private Placed() {
    }

    public static Child child(int port, int age, String name, String code) {
        var opened = CaseFlow.investigated(port, age, name, "RED");
        Api manager = Api.as(port, "chef");
        JsonNode investigation = CaseFlow.investigation(port, opened.matterId());
        String path = "/api/v1/investigations/" + investigation.get("id").asString();
        for (String area : new String[] {"EDUCATION", "BASIC_CARE", "HOUSING"}) {
            ok(manager.put(path + "/areas/" + area, Api.json(
                    "{'description': 'Beskrivet.', 'childView': 'Barnets egna ord.', 'needs': 'Behov.'}")), 200);
        }
        ok(manager.post(path + "/communication", Api.json("{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}",
                LocalDate.now(), investigation.get("version").asInt())), 200);
        String decision = ok(manager.post(path + "/decision", Api.json(
                "{'outcome': 'GRANTED', 'interventionCode': '%s', 'reasons': 'Barnet behöver bo utanför hemmet.'}", code)),
                201).json().get("id").asString();
        JsonNode offered = ok(manager.post("/api/v1/matters/" + opened.matterId() + "/interventions", Api.json("""
                {'code': '%s', 'providerKind': 'EXTERNAL', 'providerName': 'Familjehemmet Ek',
                 'responsibleWorkerId': '%s', 'goals': 'Tryggt boende.', 'decisionId': '%s'}""", code,
                StaffIds.of(port, "lena.falk"), decision)), 201).json();
        String intervention = "/api/v1/interventions/" + offered.get("id").asString();
        ok(manager.post(intervention + "/accept", Api.json("{'version': %d}", offered.get("version").asInt())), 200);
        ok(manager.post(intervention + "/start", Api.json("{'version': %d}", offered.get("version").asInt() + 1)), 200);
        return new Child(opened.childId(), opened.matterId(), offered.get("id").asString());
    }

    private static Api.Response ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response;
    }
}
