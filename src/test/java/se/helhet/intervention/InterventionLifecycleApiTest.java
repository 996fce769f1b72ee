package se.helhet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class InterventionLifecycleApiTest {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now();

    private InterventionFlow flow() {
        return new InterventionFlow(port);
    }

    @Test
    void offeredAcceptedStartedCompletedWithTheDateOfEachStepAndTheWaitingTime() {
        String matter = flow().matter("ORANGE", "Alva");
        var offered = flow().offer(matter, "PARENTING_PROGRAMME", "lena.falk", null, today.minusDays(20).toString());
        assertThat(offered.status()).isEqualTo(201);
        assertThat(offered.location()).isEqualTo("/api/v1/interventions/" + offered.json().get("id").asString());
        assertThat(offered.json().get("state").asString()).isEqualTo("OFFERED");

        var accepted = flow().step(offered.json(), "accept", today.minusDays(15).toString(), null);
        var started = flow().step(accepted.json(), "start", today.minusDays(5).toString(), null);
        var completed = flow().step(started.json(), "complete", today.toString(), null);

        assertThat(completed.status()).isEqualTo(200);
        var done = Api.as(port, "mottagning").get(offered.location()).json();
        assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("stateText").asString()).isEqualTo("avslutad");
        assertThat(done.get("offeredOn").asString()).isEqualTo(today.minusDays(20).toString());
        assertThat(done.get("acceptedOn").asString()).isEqualTo(today.minusDays(15).toString());
        assertThat(done.get("startedOn").asString()).isEqualTo(today.minusDays(5).toString());
        assertThat(done.get("completedOn").asString()).isEqualTo(today.toString());
        assertThat(done.get("waitingDays").asInt()).isEqualTo(10);
        assertThat(done.get("nextSteps").isEmpty()).isTrue();
        assertThat(done.get("version").asInt()).isEqualTo(3);
        var timeline = Api.as(port, "mottagning").get("/api/v1/matters/" + matter + "/timeline").json();
        assertThat(timeline.findValuesAsString("text").stream().filter(t -> t.startsWith("Insats ")))
                .containsExactly("Insats erbjuden: Föräldraprogram (föräldraskapsstöd) (" + today.minusDays(20) + ")",
                        "Insats accepterad: Föräldraprogram (föräldraskapsstöd) (" + today.minusDays(15) + ")",
                        "Insats påbörjad: Föräldraprogram (föräldraskapsstöd) (" + today.minusDays(5) + ")",
                        "Insats avslutad: Föräldraprogram (föräldraskapsstöd) (" + today + ")");
    }

    @Test
    void familyDeclinesWithAReasonAndTheInterventionCannotStart() {
        var offered = flow().offered(flow().matter("ORANGE", "Bo"), null);

        var withoutReason = flow().step(offered, "decline", today.toString(), null);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        var declined = flow().step(offered, "decline", today.toString(), "Familjen vill ha stöd via skolan.");
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("state").asString()).isEqualTo("DECLINED");
        assertThat(declined.json().get("declinedOn").asString()).isEqualTo(today.toString());
        assertThat(declined.json().get("reason").asString()).isEqualTo("Familjen vill ha stöd via skolan.");
        var start = flow().step(declined.json(), "start", today.toString(), null);
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.json().get("detail").asString()).contains("tackat nej");
        var english = Api.as(port, "mottagning").inLanguage("en");
        assertThat(english.get("/api/v1/interventions/" + declined.json().get("id").asString()).json()
                .get("stateText").asString()).isEqualTo("declined");
        assertThat(english.get("/api/v1/matters/" + declined.json().get("matterId").asString() + "/timeline").json()
                .findValuesAsString("text")).anyMatch(t -> t.startsWith("Intervention declined: ")
                        && t.endsWith(". Reason: Familjen vill ha stöd via skolan."));
    }


    @Test
    void startedInterventionEndsEarlyWithAReason() {
        var offered = flow().offered(flow().matter("ORANGE", "Cleo"), null);
        var started = flow().step(flow().step(offered, "accept", today.toString(), null).json(), "start",
                today.toString(), null);

        var ended = flow().step(started.json(), "end-early", today.toString(), "Familjen har flyttat.");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("state").asString()).isEqualTo("ENDED_EARLY");
        assertThat(ended.json().get("endedEarlyOn").asString()).isEqualTo(today.toString());
        assertThat(ended.json().get("reason").asString()).isEqualTo("Familjen har flyttat.");
        assertThat(ended.json().get("waitingDays").asInt()).isZero();
    }

    @Test
    void refusesStartBeforeAcceptanceAndCompletingTwice() {
        var offered = flow().offered(flow().matter("ORANGE", "Dante"), null);

        var early = flow().step(offered, "start", today.toString(), null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString())
                .isEqualTo("Insatsen kan inte påbörjas innan den har accepterats");

        var started = flow().step(flow().step(offered, "accept", today.toString(), null).json(), "start",
                today.toString(), null).json();
        var completed = flow().step(started, "complete", today.toString(), null).json();
        var again = flow().step(completed, "complete", today.toString(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("Insatsen är redan avslutad");
    }

    @Test
    void staleVersionIsAConflictNotASilentOverwrite() {
        var offered = flow().offered(flow().matter("ORANGE", "Edit"), null);
        assertThat(flow().step(offered, "accept", today.toString(), null).status()).isEqualTo(200);

        var stale = flow().step(offered, "decline", today.toString(), "Vill inte.");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("ändrats av någon annan");
        assertThat(Api.as(port, "mottagning").get("/api/v1/interventions/" + offered.get("id").asString()).json()
                .get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void stepDatesFollowEachOtherAndLieNoLaterThanToday() {
        var offered = flow().offered(flow().matter("ORANGE", "Frej"), today.minusDays(3).toString());

        assertThat(fieldOf(flow().step(offered, "accept", today.minusDays(4).toString(), null))).isEqualTo("date");
        assertThat(fieldOf(flow().step(offered, "accept", today.plusDays(1).toString(), null))).isEqualTo("date");
        assertThat(fieldOf(flow().step(offered, "accept", "23/11", null))).isEqualTo("date");
    }

    @Test
    void offerNamesEveryWrongField() {
        String matter = flow().matter("ORANGE", "Greta");

        var wrong = Api.as(port, "mottagning").post("/api/v1/matters/" + matter + "/interventions", Api.json(
                "{'code': 'MAGIC', 'providerKind': 'FRIENDS', 'providerName': ' ', 'goals': '', 'offeredOn': '2099-01-01'}"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "code", "providerKind", "providerName", "goals", "offeredOn", "responsibleWorkerId");
        var badId = Api.as(port, "mottagning").post("/api/v1/matters/" + matter + "/interventions",
                Api.json("{'code': 'PARENTING_PROGRAMME', 'responsibleWorkerId': 'nobody'}"));
        assertThat(fieldOf(badId)).isEqualTo("responsibleWorkerId");
    }

    private static String fieldOf(Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }
}
