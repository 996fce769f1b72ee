package se.helhet.routine;

import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

import se.helhet.matter.MatterKind;
import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Children;

/**
 * A family that matches the routine of violence in close relations: a child with a children and youth matter from intake, the mother (the
 * child's guardian), and the mother's domestic-violence matter in relationsvården, opened on the day given; for the
 * routine's tests and for the indicators counted from its stops.
 */
public record Families(CaseFlow.Opened child, String mother, String violenceMatter) {

    public static Families withViolenceMatterOpened(int port, ApplicationContext context, String name, LocalDate on) {
        CaseFlow.Opened child = reportedOn(port, name, on);
        String mother = aParentOf(port, child.childId(), name);
        String matter = AdultMatters.open(context, mother, MatterKind.DOMESTIC_VIOLENCE, "Relationsvåld",
                "ida.holmberg", on);
        return new Families(child, mother, matter);
    }

    /**
     * A child reported to intake on the day given, which opens the child's matter that day; received at midnight,
     * so a report for today is never in the future, whatever the hour the test runs.
     */
    static CaseFlow.Opened reportedOn(int port, String name, LocalDate on) {
        String child = Children.aChild(port, 8, name);
        var report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'receivedAt': '%sT00:00', 'reporterCategory': 'POLICE', 'reporterName': 'Kim',
                 'childIds': ['%s'], 'concernReasons': ['VIOLENCE_IN_FAMILY'], 'description': 'Våld i hemmet.'}""",
                on, child));
        if (report.status() != 201) {
            throw new IllegalStateException(report.body());
        }
        return new CaseFlow.Opened(child, report.json().get("id").asString(),
                report.json().get("children").get(0).get("matterId").asString());
    }

    /** A new adult registered by intake as the child's guardian and parent. */
    static String aParentOf(int port, String childId, String name) {
        Api intake = Api.as(port, "mottagning");
        var parent = intake.post("/api/v1/persons", Api.json(
                "{'givenName': 'Mor %s', 'familyName': 'Testförälder', 'birthDate': '%s'}", name,
                LocalDate.now().minusYears(34)));
        if (parent.status() != 201) {
            throw new IllegalStateException(parent.body());
        }
        String id = parent.json().get("id").asString();
        for (String type : new String[] {"GUARDIAN", "PARENT"}) {
            var related = intake.post("/api/v1/persons/" + id + "/relations",
                    Api.json("{'type': '%s', 'relatedPersonId': '%s'}", type, childId));
            if (related.status() != 204) {
                throw new IllegalStateException(related.body());
            }
        }
        return id;
    }
}
