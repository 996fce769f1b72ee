package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;

@HelhetTest
class FamilyAndAreaTest {

    @LocalServerPort
    int port;

    private String register(String given, String family) {
        return Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': '%s', 'familyName': '%s'}",
                TestNumbers.unused(), given, family)).json().get("id").asString();
    }

    private Api.Response relate(String person, String type, String related) {
        return Api.as(port, "mottagning").post("/api/v1/persons/" + person + "/relations",
                Api.json("{'type': '%s', 'relatedPersonId': '%s'}", type, related));
    }

    @Test
    void familyIsEveryoneLinkedByRelationsSeenFromThePerson() {
        String mother = register("Mor", "Familjesson");
        String child = register("Barn", "Familjesson");
        String sibling = register("Syskon", "Familjesson");
        String stranger = register("Främling", "Annansson");
        assertThat(relate(mother, "GUARDIAN", child).status()).isEqualTo(204);
        assertThat(relate(mother, "PARENT", child).status()).isEqualTo(204);
        assertThat(relate(child, "SIBLING", sibling).status()).isEqualTo(204);

        var family = Api.as(port, "mottagning").get("/api/v1/persons/" + child + "/family").json();

        assertThat(family.findValuesAsString("id")).containsExactlyInAnyOrder(mother, child, sibling)
                .doesNotContain(stranger);
        for (var member : family) {
            String id = member.get("person").get("id").asString();
            var roles = member.get("roles").valueStream().map(r -> r.asString()).toList();
            if (id.equals(mother)) {
                assertThat(roles).containsExactlyInAnyOrder("GUARDIAN", "PARENT");
            } else if (id.equals(sibling)) {
                assertThat(roles).containsExactly("SIBLING");
            } else {
                assertThat(roles).containsExactly("SELF");
            }
        }
    }

    @Test
    void unknownRelationTypeIsNamedAsTheInvalidField() {
        String a = register("A", "Typfel");
        String b = register("B", "Typfel");

        var response = relate(a, "COUSIN", b);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void areaHistoryKeepsEveryMoveAndTheAreaOnADateIsKnown() {
        String person = register("Flytt", "Områdesson");
        var api = Api.as(port, "mottagning");

        assertThat(api.post("/api/v1/persons/" + person + "/areas",
                Api.json("{'areaCode': 'ekdalen', 'from': '2020-03-01'}")).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/persons/" + person + "/areas",
                Api.json("{'areaCode': 'norrby', 'from': '2024-08-15'}")).status()).isEqualTo(204);

        var history = api.get("/api/v1/persons/" + person + "/areas").json();
        assertThat(history.findValuesAsString("areaCode")).containsExactly("norrby", "ekdalen");
        assertThat(history.get(1).get("kind").asString()).isEqualTo("PILOT");
        var future = api.post("/api/v1/persons/" + person + "/areas",
                Api.json("{'areaCode': 'norrby', 'from': '2099-01-01'}"));
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void personPageShowsFamilyAndLetsStaffAddARelationByNumber() {
        String number = TestNumbers.unused();
        String guardian = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Vårdnads', 'familyName': 'Havarsson'}", number))
                .json().get("id").asString();
        String child = register("Lilla", "Havarsson");
        var session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/" + guardian);

        var saved = session.post("/personer/" + guardian + "/relationer",
                Map.of("type", "GUARDIAN", "relatedNumber", "x-not-a-number"));
        assertThat(saved.body()).contains("id=\"relatedNumber-error\"");

        var personOfChild = Api.as(port, "mottagning").get("/api/v1/persons/" + child).json();
        session.get("/personer/" + guardian);
        var ok = session.post("/personer/" + guardian + "/relationer",
                Map.of("type", "GUARDIAN", "relatedNumber", personOfChild.get("personalIdentityNumber").asString()));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(session.get("/personer/" + child).body()).contains("Vårdnads Havarsson", "vårdnadshavare");
    }
}
