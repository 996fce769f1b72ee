package se.helhet.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

@HelhetTest
class TimeWithChildrenApiTest {

    @LocalServerPort
    int port;

    @Test
    void theShareIsTheHeldConversationsOfAllSignedMinutesWithHomeVisitsShownApart() {
        TimeNotes notes = new TimeNotes(port);
        LocalDate day = notes.opened;
        assertThat(notes.managerSees("chef", day)).as("the manager recorded nothing on the day yet").isNull();

        notes.signed("chef", TimeNotes.HELD, day, 45);
        notes.signed("chef", TimeNotes.NOT_HELD, day, 10);
        notes.signed("chef", TimeNotes.HOME_VISIT, day, 60);
        notes.signed("chef", TimeNotes.PHONE, day, 15);
        notes.draft("chef", TimeNotes.SCHOOL, day, 20);

        // Signed: 45 + 10 + 60 + 15 = 130 minutes; direct contact only the held conversation; the draft not at all.
        JsonNode chef = notes.managerSees("chef", day);
        assertThat(chef.get("directMinutes").asLong()).isEqualTo(45);
        assertThat(chef.get("homeVisitMinutes").asLong()).isEqualTo(60);
        assertThat(chef.get("recordedMinutes").asLong()).isEqualTo(130);
        assertThat(chef.get("share").asDouble()).isCloseTo(45.0 / 130, within(1e-9));
    }

    @Test
    void aSignedCorrectionReplacesTheNoteItCorrectsAndStaysTheFirstAuthorsTime() {
        TimeNotes notes = new TimeNotes(port);
        LocalDate day = notes.opened.plusDays(1);
        String original = notes.signed("chef", TimeNotes.HELD, day, 60).get("id").asString();
        long intakeBefore = notes.own("mottagning", day).get("recordedMinutes").asLong();

        // Intake finds that it was a phone call of 30 minutes, and corrects the manager's note.
        JsonNode correction = notes.correction("mottagning", original);
        JsonNode changed = notes.revise("mottagning", correction, TimeNotes.PHONE, day, 30);
        JsonNode whileDraft = notes.managerSees("chef", day);
        assertThat(whileDraft.get("directMinutes").asLong()).as("an unsigned correction changes nothing").isEqualTo(60);
        assertThat(whileDraft.get("recordedMinutes").asLong()).isEqualTo(60);

        notes.sign("mottagning", changed.get("id").asString());
        JsonNode corrected = notes.managerSees("chef", day);
        assertThat(corrected.get("directMinutes").asLong()).isZero();
        assertThat(corrected.get("recordedMinutes").asLong()).isEqualTo(30);
        assertThat(corrected.get("share").asDouble()).isZero();
        assertThat(notes.own("mottagning", day).get("recordedMinutes").asLong()).isEqualTo(intakeBefore);
    }

    @Test
    void aWorkerSeesTheirOwnTimeOnlyAndTheManagerTheirUnitsWithEveryWorker() {
        JsonNode worker = Api.as(port, "socsek").get("/api/v1/time-with-children").json();
        assertThat(worker.get("own").get("recordedMinutes").asLong()).as("the demo's notes").isPositive();
        assertThat(worker.get("units")).isEmpty();
        assertThat(worker.get("definition").asString()).contains("Hembesök räknas inte som direkt kontakt");
        assertThat(Api.as(port, "socsek").inLanguage("en").get("/api/v1/time-with-children").json()
                .get("definition").asString()).contains("Home visits do not count as direct contact");

        JsonNode manager = Api.as(port, "chef").get("/api/v1/time-with-children").json();
        assertThat(manager.get("own").isNull()).isTrue();
        assertThat(manager.get("units").findValuesAsString("code")).containsExactlyInAnyOrder(
                "utredning", "pilotteam", "mottagning");
        for (JsonNode unit : manager.get("units")) {
            long sum = 0;
            for (JsonNode w : unit.get("workers")) {
                sum += w.get("recordedMinutes").asLong();
            }
            assertThat(unit.get("recordedMinutes").asLong()).as(unit.get("code").asString()).isEqualTo(sum);
        }
    }

    @Test
    void aWorkersMonthsAddUpToTheirOwnTimeAndAreForThemAndTheirManagerOnly() {
        String socsek = "/api/v1/time-with-children/workers/" + StaffIds.of(port, "socsek");
        JsonNode months = Api.as(port, "socsek").get(socsek).json();
        assertThat(months.get("months")).hasSize(12);
        assertThat(months.get("months").get(11).get("month").asString()).isEqualTo(YearMonth.now().toString());
        long sum = 0;
        for (JsonNode month : months.get("months")) {
            sum += month.get("recordedMinutes").asLong();
        }
        long own = Api.as(port, "socsek").get("/api/v1/time-with-children").json().get("own").get("recordedMinutes")
                .asLong();
        assertThat(months.get("total").get("recordedMinutes").asLong()).isEqualTo(sum).isEqualTo(own);
        assertThat(Api.as(port, "chef").get(socsek).status()).isEqualTo(200);

        var colleague = Api.as(port, "nils.dahl").get(socsek);
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "analytiker").get(socsek).status()).isEqualTo(403);
        assertThat(Api.as(port, "chef").get("/api/v1/time-with-children/workers/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void theAnalystSeesUnitsOnlyAndNoUnitSmallEnoughToSingleSomeoneOut() {
        JsonNode analyst = Api.as(port, "analytiker").get("/api/v1/time-with-children").json();

        assertThat(analyst.get("own").isNull()).isTrue();
        assertThat(analyst.get("units")).isNotEmpty().allSatisfy(unit -> {
            assertThat(unit.get("workers").isNull()).isTrue();
            boolean small = unit.get("workersWithTime").asInt() < 3;
            assertThat(unit.get("suppressed").asBoolean()).isEqualTo(small);
            assertThat(unit.get("recordedMinutes").isNull()).isEqualTo(small);
        });
        assertThat(analyst.get("units").findValuesAsString("code")).contains("pilotteam");
    }

    @Test
    void othersAreRefusedAndWrongDatesNamed() {
        for (String user : new String[] {"admin", "granskare"}) {
            var refused = Api.as(port, user).get("/api/v1/time-with-children");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        var wrong = Api.as(port, "socsek").get("/api/v1/time-with-children?from=2026-02-30&to=igår");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactly("from", "to");
        var backwards = Api.as(port, "socsek").get("/api/v1/time-with-children?from=2026-02-01&to=2026-01-01");
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }
}
