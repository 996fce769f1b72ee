package se.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Families;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The family view across units: a child investigated by the children and youth unit, a parent with an
 * addiction matter, a protected sibling. Each reader sees the content of what they may read, the bare existence
 * of the other units' open matters when they have an open matter of their own in the family, and else nothing.
 */
@HelhetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyViewTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private CaseFlow.Opened child;
    private String parent;
    private String addiction;
    private String sibling;
    private String siblingNumber;

    @BeforeAll
    void aFamilyKnownToTwoUnits() {
        var family = Families.knownToTwoUnits(port, "Familjesson");
        child = family.child();
        parent = family.parent();
        addiction = family.addiction();
        sibling = family.sibling();
        siblingNumber = family.siblingNumber();
    }

    @Test
    void aWorkerWithAMatterOfTheirOwnSeesThatTheChildHasAMatterButNotItsContent() {
        long before = jdbc.sql("select coalesce(max(id), 0) from trace").query(Long.class).single();
        var response = Api.as(port, "vuxen").get("/api/v1/families/" + parent);

        assertThat(response.status()).isEqualTo(200);
        JsonNode own = matter(response.json(), "ADDICTION");
        assertThat(own.get("readable").asBoolean()).isTrue();
        assertThat(own.get("id").asString()).isEqualTo(addiction);
        JsonNode childs = matter(response.json(), "CHILD_AND_YOUTH");
        assertThat(childs.get("readable").asBoolean()).isFalse();
        assertThat(childs.get("id").isNull()).isTrue();
        assertThat(childs.get("level").isNull()).isTrue();
        assertThat(childs.get("next").isNull()).isTrue();
        assertThat(childs.get("personId").asString()).isEqualTo(child.childId());
        assertThat(childs.get("unit").get("name").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain(child.matterId(), child.reportId(), "ORANGE");
        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + child.matterId()).status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                        select count(*) from trace where username = 'vuxen' and record_type = 'matter-existence'
                        and record_id = ? and id > ?""").params(child.matterId(), before).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theChildsUnitSeesTheParentsAddictionMatterOnlyAsExistingAndItsOwnDeadline() {
        var family = Api.as(port, "mottagning").get("/api/v1/families/" + child.childId()).json();

        JsonNode parents = matter(family, "ADDICTION");
        assertThat(parents.get("readable").asBoolean()).isFalse();
        assertThat(parents.get("responsibleWorker").get("name").asString()).isEqualTo("Stefan Öberg");
        JsonNode own = matter(family, "CHILD_AND_YOUTH");
        assertThat(own.get("id").asString()).isEqualTo(child.matterId());
        assertThat(own.get("level").asString()).isEqualTo("ORANGE");
        assertThat(family.get("deadlines").get(0).get("next").get("step").asString()).isEqualTo("Utredning");
        assertThat(family.get("responsibleWorkers").findValuesAsString("name")).contains("Stefan Öberg");
        assertThat(family.get("sections").get("consents").isArray()).as("the consents in force, a contributed section")
                .isTrue();
        assertThat(WebSession.loggedInAs(port, "mottagning").get("/familjer/" + child.childId()).body())
                .contains("id=\"consents\"", "Samtycken som gäller");
    }

    @Test
    void aWorkerWithoutAnOpenMatterInTheFamilySeesNothingOfItsMatters() {
        var response = Api.as(port, "hodan.farah").get("/api/v1/families/" + parent);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("members").findValuesAsString("name")).contains("Maria Familjesson");
        assertThat(response.json().get("matters")).isEmpty();
        assertThat(response.body()).doesNotContain("ADDICTION", "CHILD_AND_YOUTH", addiction, child.matterId());
        assertThat(WebSession.loggedInAs(port, "hodan.farah").get("/familjer/" + parent).body())
                .contains("Inga ärenden som du kan se.").doesNotContain("beroende", "barn och unga");
    }

    @Test
    void aProtectedMemberIsARowWithoutNameNumberOrLink() {
        for (String user : List.of("omar.haddad", "granskare")) {
            var response = Api.as(port, user).get("/api/v1/families/" + child.childId());

            assertThat(response.status()).as(user).isEqualTo(200);
            JsonNode hidden = response.json().get("members").valueStream()
                    .filter(m -> m.get("roles").valueStream().anyMatch(r -> r.asString().equals("SIBLING")))
                    .findFirst().orElseThrow();
            assertThat(hidden.get("protectedIdentity").asBoolean()).as(user).isTrue();
            assertThat(hidden.get("id").isNull()).as(user).isTrue();
            assertThat(response.body()).as(user).doesNotContain("Dold", sibling, siblingNumber);
            assertThat(WebSession.loggedInAs(port, user).get("/familjer/" + child.childId()).body()).as(user)
                    .contains("Skyddade personuppgifter").doesNotContain("Dold", sibling, siblingNumber,
                            siblingNumber.substring(0, 8) + "-" + siblingNumber.substring(8));
        }
    }

    @Test
    void thePageShowsEveryUnitsMatterAsTheReaderMaySeeIt() {
        var page = WebSession.loggedInAs(port, "vuxen").get("/familjer/" + parent);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ärenden i alla enheter", "Maria Familjesson", "barn och unga",
                        "innehållet visas bara för enheten", "/arenden/" + addiction)
                .doesNotContain("/arenden/" + child.matterId());
    }

    @Test
    void thePersonPageListsThePersonsMattersAndReportsAndTheOldFamilyAddressLeadsToTheView() {
        var session = WebSession.loggedInAs(port, "mottagning");

        assertThat(session.get("/personer/" + child.childId()).body()).contains("/arenden/" + child.matterId(),
                "/anmalningar/" + child.reportId(), "/familjer/" + child.childId());
        var moved = session.get("/personer/" + child.childId() + "/familj");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/familjer/" + child.childId());
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons/" + child.childId() + "/family").status())
                .isEqualTo(200);
    }

    private static JsonNode matter(JsonNode family, String kind) {
        return family.get("matters").valueStream().filter(m -> m.get("kind").asString().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " matter in " + family));
    }
}
