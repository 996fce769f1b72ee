package se.helhet.support;

/**
 * A family known to two units, made over the API: a child of 8 investigated by the children and youth unit, a
 * parent with an addiction matter held by {@code vuxen}, also in financial aid's register but without a matter
 * there, and a protected sibling.
 */
public final class Families {

    public record KnownToTwoUnits(CaseFlow.Opened child, String parent, String addiction, String sibling,
                                  String siblingNumber) {
    }

    private Families() {
    }

    public static KnownToTwoUnits knownToTwoUnits(int port, String familyName) {
        CaseFlow.Opened child = CaseFlow.investigated(port, 8, familyName, "ORANGE");
        Api intake = Api.as(port, "mottagning");
        String parentNumber = TestNumbers.unused();
        String parent = intake.post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Maria', 'familyName': '%s'}", parentNumber, familyName))
                .json().get("id").asString();
        related(port, parent, "PARENT", child.childId());
        String siblingNumber = TestNumbers.unused();
        String sibling = intake.post("/api/v1/persons", Api.json("{'personalIdentityNumber': '%s', 'givenName': 'Dold',"
                + " 'familyName': '%s', 'protectedIdentity': true}", siblingNumber, familyName)).json().get("id").asString();
        related(port, sibling, "SIBLING", child.childId());
        AdultMatters.takeUp(port, "vuxen", parentNumber, "Maria", familyName);
        String addiction = AdultMatters.opened(port, "vuxen", parent, "ADDICTION").get("id").asString();
        AdultMatters.takeUp(port, "hodan.farah", parentNumber, "Maria", familyName);
        return new KnownToTwoUnits(child, parent, addiction, sibling, siblingNumber);
    }

    private static void related(int port, String person, String type, String related) {
        var response = Api.as(port, "mottagning").post("/api/v1/persons/" + person + "/relations",
                Api.json("{'type': '%s', 'relatedPersonId': '%s'}", type, related));
        if (response.status() != 204) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
    }
}
