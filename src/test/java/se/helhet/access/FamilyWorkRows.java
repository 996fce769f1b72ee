package se.helhet.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import se.helhet.matter.MatterKind;
import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.StaffIds;

/**
 * The rows of the family-oriented work on the matrix case's family: the parent's domestic-violence matter in
 * relationsvården makes the family match Skarpnäck's routine, so the stops exist; a joint child impact analysis
 * of the child, a decision in the parent's matter and a safety rating of the child.
 */
final class FamilyWorkRows {

    private FamilyWorkRows() {
    }

    static List<AccessRow> rows(int port, ApplicationContext context, MatrixCase c) {
        String parent = Api.as(port, "mottagning").get("/api/v1/persons/" + c.childId() + "/family").json()
                .findValues("person").stream().map(p -> p.get("id").asString())
                .filter(id -> !id.equals(c.childId())).findFirst().orElseThrow();
        String violence = AdultMatters.open(context, parent, MatterKind.DOMESTIC_VIOLENCE, "Relationsvåld",
                "ida.holmberg");
        String stop = Api.as(port, "socsek").get("/api/v1/stops?personId=" + c.childId()).json().get(0)
                .get("stops").get(0).get("id").asString();
        String routine = Api.as(port, "admin").get("/api/v1/routines").json().get(0).get("id").asString();
        Api.as(port, "ida.holmberg").post("/api/v1/matters/" + violence + "/adult-decisions", Api.json(
                "{'subject': 'Stödsamtal', 'outcome': 'GRANTED', 'reasons': 'Behov av stöd.'}"));
        var analysis = Api.as(port, "socsek").post("/api/v1/child-impact-analyses", Api.json("""
                {'childId': '%s', 'madeOn': '%s', 'participantIds': ['%s'], 'situation': 'Situation.',
                 'childViews': 'Vill bo kvar.', 'howHeard': 'Samtal.', 'jointAssessment': 'Bedömning.',
                 'consequences': [{'matterId': '%s', 'plannedDecision': 'Familjebehandling',
                                   'consequence': 'Stöd hemma.'}]}""",
                c.childId(), LocalDate.now(), StaffIds.of(port, "socsek"), c.matterId()));
        if (analysis.status() != 201) {
            throw new IllegalStateException(analysis.body());
        }
        String analysisId = analysis.json().get("id").asString();

        Set<String> everyone = new HashSet<>(AccessTable.USERS);
        // The domestic-violence matter is the unit's own: intake reads children's matters only, so the file auditor alone.
        Set<String> violenceReaders = Set.of("granskare");
        List<AccessRow> rows = new ArrayList<>();
        rows.add(api("routine", "/api/v1/routines/{id}", "/api/v1/routines/" + routine, everyone, false));
        rows.add(page("routine", "/rutiner/{id}", "/rutiner/" + routine, everyone, false));
        rows.add(api("stop", "/api/v1/stops/{id}", "/api/v1/stops/" + stop, AccessTable.READERS, true));
        rows.add(page("stop", "/hallplatser/{id}", "/hallplatser/" + stop, AccessTable.READERS, true));
        rows.add(api("child impact analysis", "/api/v1/child-impact-analyses/{id}",
                "/api/v1/child-impact-analyses/" + analysisId, AccessTable.READERS, true));
        rows.add(page("child impact analysis", "/barnkonsekvensanalyser/{id}",
                "/barnkonsekvensanalyser/" + analysisId, AccessTable.READERS, true));
        rows.add(api("adult decision", "/api/v1/matters/{id}/adult-decisions",
                "/api/v1/matters/" + violence + "/adult-decisions", violenceReaders, true));
        rows.add(api("adult decision", "/api/v1/matters/{id}/missing-child-impact-analyses",
                "/api/v1/matters/" + violence + "/missing-child-impact-analyses", violenceReaders, true));
        rows.add(page("adult decision", "/arenden/{id}/barnkonsekvens", "/arenden/" + c.matterId() + "/barnkonsekvens",
                AccessTable.READERS, true));
        rows.add(api("safety rating", "/api/v1/persons/{id}/safety-ratings",
                "/api/v1/persons/" + c.childId() + "/safety-ratings", AccessTable.READERS, true));
        rows.add(page("safety rating", "/personer/{id}/trygghetsskala",
                "/personer/" + c.childId() + "/trygghetsskala", AccessTable.READERS, true));
        rows.add(page("safety rating", "/personer/{id}/trygghetsskala/diagram",
                "/personer/" + c.childId() + "/trygghetsskala/diagram", AccessTable.READERS, true));
        return rows;
    }

    private static AccessRow api(String kind, String template, String path, Set<String> allowed, boolean personal) {
        return new AccessRow(kind, template, path, false, personal, answers(allowed));
    }

    private static AccessRow page(String kind, String template, String path, Set<String> allowed, boolean personal) {
        return new AccessRow(kind, template, path, true, personal, answers(allowed));
    }

    private static Map<String, Integer> answers(Set<String> allowed) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        AccessTable.USERS.forEach(u -> answers.put(u, allowed.contains(u) ? 200 : 403));
        return answers;
    }
}
