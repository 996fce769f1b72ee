package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;

@HelhetTest
class PersonRegistrationApiTest {

    @LocalServerPort
    int port;

    private Api.Response register(String number, String given, String family) {
        return Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': '%s', 'familyName': '%s'}", number, given, family));
    }

    @Test
    void registersTwelveDigitNumberAndAnswersWithTheContractShape() {
        String number = TestNumbers.unused();
        var response = register(number, "Elsa", "Öberg");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).isEqualTo("/api/v1/persons/" + response.json().get("id").asString());
        var json = response.json();
        assertThat(json.get("personalIdentityNumber").asString()).isEqualTo(number);
        assertThat(json.get("reserveNumber").isNull()).isTrue();
        assertThat(json.get("givenName").asString()).isEqualTo("Elsa");
        assertThat(json.get("familyName").asString()).isEqualTo("Öberg");
        assertThat(json.get("birthDate").asString())
                .isEqualTo(number.substring(0, 4) + "-" + number.substring(4, 6) + "-" + number.substring(6, 8));
        assertThat(json.get("coordinationNumber").asBoolean()).isFalse();
        assertThat(json.get("protectedIdentity").asBoolean()).isFalse();

        var read = Api.as(port, "mottagning").get(response.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(json);
    }

    @Test
    void acceptsEveryCommonFormAndStoresTheTwelveDigitForm() {
        for (var form : new String[] {"hyphen12", "short", "shortHyphen"}) {
            String number = TestNumbers.unused();
            String typed = switch (form) {
                case "hyphen12" -> number.substring(0, 8) + "-" + number.substring(8);
                case "short" -> number.substring(2);
                default -> number.substring(2, 8) + "-" + number.substring(8);
            };
            var response = register(typed, "Form", "Test");
            assertThat(response.status()).as(form).isEqualTo(201);
            assertThat(response.json().get("personalIdentityNumber").asString()).as(form).isEqualTo(number);
        }
    }

    @Test
    void readsPlusSignAsHundredYearsOrOlder() {
        // 192001011564 is on Skatteverket's list; with '+' the ten-digit form means born 1920, not 2020.
        var response = register("200101+1564", "Hundra", "Åring");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("birthDate").asString()).isEqualTo("1920-01-01");
    }

    @Test
    void registersCoordinationNumberWithTheRealBirthDate() {
        var response = register("195101882396", "Samord", "Nummer");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("coordinationNumber").asBoolean()).isTrue();
        assertThat(response.json().get("birthDate").asString()).isEqualTo("1951-01-28");
    }

    @Test
    void refusesWrongCheckDigitNamingTheField() {
        String number = TestNumbers.unused();
        String wrong = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);
        var response = register(wrong, "Fel", "Siffra");

        assertProblem(response, 400, "personalIdentityNumber", "Kontrollsiffran stämmer inte");
    }

    @Test
    void refusesBirthDateInTheFuture() {
        var response = Api.as(port, "mottagning").post("/api/v1/persons",
                Api.json("{'givenName': 'Ej', 'familyName': 'Född', 'birthDate': '2099-01-01'}"));

        assertProblem(response, 400, "birthDate", "Födelsedatumet ligger i framtiden");
    }

    @Test
    void refusesNumbersOfWrongLengthOrWithLetters() {
        assertProblem(register("12345", "A", "B"), 400, "personalIdentityNumber", "10 eller 12 siffror");
        assertProblem(register("19350109699X", "A", "B"), 400, "personalIdentityNumber", "siffror");
    }

    @Test
    void anEnglishClientReadsWhatIsMissingInEnglish() {
        var response = Api.as(port, "mottagning").inLanguage("en").post("/api/v1/persons", Api.json("{'givenName': ' '}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("message")).containsExactly(
                "Enter a personal identity number, or a date of birth for a reserve number", "Enter the given name",
                "Enter the family name");
    }

    @Test
    void refusesCoordinationNumberWithUnknownDayPointingToReserveNumber() {

        var response = register("191711602399", "Okänd", "Dag");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("reservnummer");
    }

    @Test
    void refusesBirthNumberZeroWhichSkatteverketNeverIssues() {
        // 20120201-000 with its correct check digit 3.
        assertProblem(register("201202010003", "Noll", "Noll"), 400, "personalIdentityNumber", "000");
    }

    @Test
    void refusesANumberOrTextWhereAYesOrNoIsExpectedNamingTheField() {
        String number = TestNumbers.unused();
        for (String value : new String[] {"-1", "1", "'true'"}) {
            var response = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                    "{'personalIdentityNumber': '%s', 'givenName': 'Typ', 'familyName': 'Fel', 'protectedIdentity': %s}",
                    number, value));

            assertThat(response.status()).as(value).isEqualTo(400);
            assertProblem(response, 400, "protectedIdentity", "fel form");
        }
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons?q=" + number).json().get("persons")).isEmpty();
    }

    @Test
    void givesReserveNumberWhenOnlyBirthDateIsKnown() {
        var response = Api.as(port, "mottagning").post("/api/v1/persons",
                Api.json("{'givenName': 'Utan', 'familyName': 'Nummer', 'birthDate': '2024-05-17'}"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("personalIdentityNumber").isNull()).isTrue();
        assertThat(response.json().get("reserveNumber").asString()).matches("20240517-R[0-9]{4,}");
        assertThat(response.json().get("birthDate").asString()).isEqualTo("2024-05-17");
    }

    @Test
    void refusesTheSameNumberTwiceWithConflict() {
        String number = TestNumbers.unused();
        assertThat(register(number, "Första", "Gången").status()).isEqualTo(201);

        var second = register(number.substring(2, 8) + "-" + number.substring(8), "Andra", "Gången");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("title").asString()).isNotBlank();
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        var response = Api.as(port, "mottagning").post("/api/v1/persons", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactly("personalIdentityNumber", "givenName", "familyName");
    }

    static void assertProblem(Api.Response response, int status, String field, String messagePart) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(messagePart);
    }
}
