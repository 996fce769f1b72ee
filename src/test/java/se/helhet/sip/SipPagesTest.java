package se.helhet.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class SipPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aSocialWorkerOffersASipOnThePersonsPageAndRecordsTheMeeting() {
        String child = new PlanPeople(port, new JdbcTemplate(dataSource)).aged(10, "socsek");
        WebSession worker = WebSession.loggedInAs(port, "socsek");

        var list = worker.get("/personer/" + child + "/sip");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Samordnade planer", "Erbjud en samordnad plan", "Extern aktör 1");
        var offered = worker.post("/personer/" + child + "/sip", Map.of("kind", "SIP", "offeredOn", "",
                "actorKind", new String[] {"SCHOOL", "", ""}, "actorName", new String[] {"Ekdalsskolan", "", ""}));
        assertThat(offered.status()).isEqualTo(302);
        String sip = offered.location().replaceAll(".*/sip/", "/sip/");
        assertThat(worker.get(sip).body()).contains("Ekdalsskolan (skola)", "Personen tackar ja", "erbjuden");
        assertThat(worker.post(sip + "/accept", Map.of("date", LocalDate.now().toString())).status()).isEqualTo(302);

        var refused = worker.post(sip + "/hold", Map.of("heldOn", LocalDate.now().toString(), "needs", "",
                "goals", "Klara skolan.", "who", new String[] {"Skolan", "", ""}, "what", new String[] {"", "", ""},
                "byWhen", new String[] {"", "", ""}, "followUpOn", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Rätta följande", "Skriv personens behov med hens egna ord",
                "Ange när planen ska följas upp", "href=\"#actions[0].what\"", "Klara skolan.");
        var held = worker.post(sip + "/hold", Map.of("heldOn", LocalDate.now().toString(), "needs", "Sova bättre.",
                "goals", "Klara skolan.", "who", new String[] {"Skolan", "", ""},
                "what", new String[] {"Läxhjälp", "", ""}, "byWhen", new String[] {LocalDate.now().plusMonths(1).toString(), "", ""},
                "followUpOn", LocalDate.now().plusMonths(2).toString()));
        assertThat(held.status()).isEqualTo(302);
        assertThat(worker.get(sip).body()).contains("Sova bättre.", "Läxhjälp", "Spara uppföljningen", "hållen");

        assertThat(WebSession.loggedInAs(port, "vuxen").get(sip).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "vuxen").get("/personer/" + child + "/sip").status()).isEqualTo(403);
    }

    @Test
    void anInternSipForSomeoneOutsideTheTargetGroupIsRefusedBesideTheKind() {
        String child = new PlanPeople(port, new JdbcTemplate(dataSource)).aged(10, "socsek");
        WebSession worker = WebSession.loggedInAs(port, "socsek");
        worker.get("/personer/" + child + "/sip");

        var refused = worker.post("/personer/" + child + "/sip", Map.of("kind", "INTERN_SIP"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Intern SIP erbjuds unga vuxna 18–21 år; personen är 10 år",
                "href=\"#kind\"");
        worker.get("/personer/" + child + "/sip?lang=en");
        assertThat(worker.post("/personer/" + child + "/sip", Map.of("kind", "INTERN_SIP")).body())
                .contains("An internal SIP is offered to young adults aged 18–21; the person is 10");
    }

}
