package se.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class ConsentPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aConsentIsRecordedOnThePersonsPageWithEveryProblemBesideItsFieldAndThenWithdrawn() {
        String child = Children.aChild(port, 9, "Siri");
        List<String> guardians = Consenting.guardians(port, child, 2);
        String adultUnit = Api.as(port, "vuxen").get("/api/v1/me").json().get("units").get(0).get("id").asString();
        String page = "/personer/" + child + "/samtycken";
        WebSession web = WebSession.loggedInAs(port, "mottagning");

        String empty = web.get(page).body();
        assertThat(empty).contains("Inga samtycken är registrerade").contains("Alva Testförälder")
                .contains("Bruno Testförälder").containsPattern("value=\"" + guardians.get(1) + "\"\\s+checked");
        assertThat(web.get("/personer/" + child).body()).contains("hx-get=\"" + page + "\"")
                .contains("href=\"" + page + "\"");

        Map<String, Object> typed = new HashMap<>(Map.of("givenBy", guardians.getFirst(), "actorName", "Ekdalsskolan",
                "validFrom", LocalDate.now().toString(), "validTo", "2020-01-01"));
        var refused = web.post(page, typed);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"givenBy-error\"").contains("Bruno Testförälder saknas")
                .contains("id=\"scopes-error\"").contains("id=\"actorKind-error\"").contains("id=\"validTo-error\"")
                .contains("id=\"form-error\"").contains("value=\"Ekdalsskolan\"").contains("value=\"2020-01-01\"");

        typed.put("givenBy", guardians.toArray(String[]::new));
        typed.put("scopes", new String[] {"SHARE_MATTER_CONTENT", "CONTACT"});
        typed.put("unitIds", adultUnit);
        typed.put("actorKind", "SCHOOL");
        typed.put("validTo", LocalDate.now().plusYears(1).toString());
        typed.put("form", "WRITTEN");
        var recorded = web.post(page, typed);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        assertThat(recorded.location()).endsWith(page);
        String listed = web.get(page).body();
        assertThat(listed).contains("Samtycket är registrerat.").contains("gäller")
                .contains("att en annan enhet får läsa ärenden").contains("Vuxenenheten – beroende")
                .contains("skola: Ekdalsskolan").contains("skriftligt").contains("Alva Testförälder");

        Matcher withdraw = Pattern.compile("href=\"([^\"]+/aterkalla)\"").matcher(listed);
        assertThat(withdraw.find()).isTrue();
        String form = web.get(withdraw.group(1)).body();
        assertThat(form).contains("Återkalla samtycket").contains("name=\"reason\"");
        var noReason = web.post(withdraw.group(1), Map.of("date", LocalDate.now().toString(), "reason", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("id=\"reason-error\"");
        assertThat(web.post(withdraw.group(1), Map.of("date", LocalDate.now().toString(),
                "reason", "Familjen vill inte längre.")).status()).isEqualTo(302);
        assertThat(web.get(page).body()).contains("Samtycket är återkallat.").contains("återkallat")
                .contains("Familjen vill inte längre.").doesNotContain("/aterkalla\"");

        assertThat(WebSession.loggedInAs(port, "vuxen").get(page).status()).isEqualTo(403);
    }
}
