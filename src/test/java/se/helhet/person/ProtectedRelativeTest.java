package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * A protected sibling in the family view is a row without name, number or link for every reader without the
 * right to see protected persons (an intake worker without it, a file auditor), as in the worklists (ADR 3).
 */
@HelhetTest
class ProtectedRelativeTest {

    @LocalServerPort
    int port;

    /** Where the protected sibling lives: the registration API takes no address, a population register does. */
    private static final String ADDRESS = "Hemliggatan 1";
    private static final String PHONE = "070-1112233";

    @Autowired
    JdbcClient jdbc;

    private record Family(String child, String sibling, String number) {
    }

    private Family childWithAProtectedSibling() {
        String child = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'givenName': 'Vilma', 'familyName': 'Skyddsson', 'birthDate': '%s'}",
                LocalDate.now().minusYears(7))).json().get("id").asString();
        String number = TestNumbers.unused();
        String sibling = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Hemlig', 'familyName': 'Skyddsson',"
                        + " 'protectedIdentity': true}", number)).json().get("id").asString();
        assertThat(jdbc.sql("update person set address = ?, phone = ? where id = ?::uuid")
                .params(ADDRESS, PHONE, sibling).update()).isEqualTo(1);
        assertThat(Api.as(port, "mottagning").post("/api/v1/persons/" + child + "/relations",
                Api.json("{'type': 'SIBLING', 'relatedPersonId': '%s'}", sibling)).status()).isEqualTo(204);
        return new Family(child, sibling, number);
    }

    @Test
    void theApiShowsAProtectedSiblingOnlyAsAProtectedRowToReadersWithoutTheRight() {
        Family family = childWithAProtectedSibling();

        for (String user : List.of("omar.haddad", "granskare")) {
            var response = Api.as(port, user).get("/api/v1/persons/" + family.child() + "/family");

            assertThat(response.status()).as(user).isEqualTo(200);
            assertThat(response.body()).as(user).doesNotContain("Hemlig", family.sibling(), family.number(), ADDRESS, PHONE);
            JsonNode sibling = member(response.json(), "SIBLING");
            assertThat(sibling.get("person").get("protectedIdentity").asBoolean()).as(user).isTrue();
            assertThat(sibling.get("person").get("id").isNull()).as(user).isTrue();
        }
    }

    @Test
    void theFamilyPageShowsNeitherNameNorNumberNorLink() {
        Family family = childWithAProtectedSibling();

        for (String user : List.of("omar.haddad", "granskare")) {
            var page = WebSession.loggedInAs(port, user).get("/familjer/" + family.child());

            assertThat(page.status()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("Vilma", "Skyddade personuppgifter")
                    .doesNotContain("Hemlig", family.sibling(), family.number().substring(0, 8), ADDRESS, PHONE);
        }
    }

    @Test
    void aReaderWithTheRightSeesTheSiblingAsRecorded() {
        Family family = childWithAProtectedSibling();

        var response = Api.as(port, "mottagning").get("/api/v1/persons/" + family.child() + "/family");

        JsonNode sibling = member(response.json(), "SIBLING");
        assertThat(sibling.get("person").get("id").asString()).isEqualTo(family.sibling());
        assertThat(sibling.get("person").get("givenName").asString()).isEqualTo("Hemlig");
        assertThat(WebSession.loggedInAs(port, "mottagning").get("/familjer/" + family.child()).body())
                .contains("Hemlig", "/personer/" + family.sibling());
    }

    private static JsonNode member(JsonNode family, String role) {
        for (JsonNode m : family) {
            if (m.get("roles").valueStream().anyMatch(r -> r.asString().equals(role))) {
                return m;
            }
        }
        throw new AssertionError("No " + role + " in " + family);
    }
}
