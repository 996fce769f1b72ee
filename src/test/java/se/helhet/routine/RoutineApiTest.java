package se.helhet.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import se.helhet.matter.MatterKind;
import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class RoutineApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private static final String ADDICTION_ROUTINE = Api.json("""
            {'name': 'Beroende – barn och vuxen', 'description': 'Förälder med beroende och barn i utredning.',
             'appliesWhen': ['CHILD_AND_YOUTH', 'ADDICTION'], 'alsoInvolves': ['FINANCIAL_AID'],
             'stops': [{'name': 'Första samråd', 'gate': 'WITHIN_WORKING_DAYS', 'workingDays': '3'},
                       {'name': '', 'gate': '', 'workingDays': ''},
                       {'name': 'Före beslut', 'gate': 'BEFORE_DECISION', 'matterKind': 'ADDICTION',
                        'guidance': 'Barnets behov i beslutet om behandling.'}]}""");

    @Test
    void anAdministratorWritesARoutineAsDataAndAFamilyMatchingItGetsItsStops() {
        assertThat(Api.as(port, "socsek").post("/api/v1/routines", ADDICTION_ROUTINE).status()).isEqualTo(403);
        var written = Api.as(port, "admin").post("/api/v1/routines", ADDICTION_ROUTINE);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.json().get("stops").findValuesAsString("name")).containsExactly("Första samråd", "Före beslut");
        assertThat(written.json().get("stops").get(1).get("position").asInt()).isEqualTo(2);
        assertThat(Api.as(port, "admin").post("/api/v1/routines", ADDICTION_ROUTINE).json().get("errors")
                .findValuesAsString("field")).containsExactly("name");
        assertThat(Api.as(port, "socsek").get("/api/v1/routines").json().findValuesAsString("name"))
                .contains("Beroende – barn och vuxen", "Våld i nära relation – barn och vuxen");

        Families family = Families.withViolenceMatterOpened(port, context, "Beroende", LocalDate.now());
        AdultMatters.open(context, family.mother(), MatterKind.ADDICTION, "Vuxenenheten – beroende", "vuxen");
        var matches = Api.as(port, "vuxen").get("/api/v1/stops?personId=" + family.mother()).json();
        assertThat(routines(matches)).containsExactly("Beroende – barn och vuxen");
        assertThat(routines(Api.as(port, "mottagning").get("/api/v1/stops?personId=" + family.child().childId())
                .json())).containsExactlyInAnyOrder("Beroende – barn och vuxen", "Våld i nära relation – barn och vuxen");
    }

    private static java.util.List<String> routines(tools.jackson.databind.JsonNode matches) {
        java.util.List<String> names = new java.util.ArrayList<>();
        matches.forEach(m -> names.add(m.get("routineName").asString()));
        return names;
    }

    @Test
    void aRoutineNeedsTwoKindsAndStopsWithTheirGatesEachProblemNamed() {
        var refused = Api.as(port, "admin").post("/api/v1/routines", Api.json("""
                {'name': ' ', 'appliesWhen': ['CHILD_AND_YOUTH'],
                 'stops': [{'name': 'Samråd', 'gate': 'WITHIN_WORKING_DAYS'}, {'name': 'X', 'gate': 'SOMETIME'}]}"""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
                "appliesWhen", "stops[0].workingDays", "stops[1].gate");

        var inEnglish = Api.as(port, "admin").inLanguage("en").post("/api/v1/routines", Api.json("""
                {'name': 'Two kinds missing', 'appliesWhen': ['CHILD_AND_YOUTH'],
                 'stops': [{'name': 'First', 'gate': 'BEFORE_DECISION'}]}"""));
        assertThat(inEnglish.json().get("errors").findValuesAsString("message"))
                .containsExactly("Choose at least two matter kinds that must be open at the same time in the family");
    }

    @Test
    void theFormOnThePageIsTheAdministratorsAndShowsEachProblemBesideItsRow() {
        assertThat(WebSession.loggedInAs(port, "socsek").get("/rutiner/ny").status()).isEqualTo(403);
        WebSession admin = WebSession.loggedInAs(port, "admin");
        var form = admin.get("/rutiner/ny");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Hållplats 1: namn", "före beslut");
        var list = admin.get("/rutiner");
        assertThat(list.body()).contains("Våld i nära relation – barn och vuxen", "barn och unga + relationsvåld");
    }
}
