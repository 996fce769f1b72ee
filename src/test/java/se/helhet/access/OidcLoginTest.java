package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.IdentityProvider;

/**
 * Logging in through the municipality's OpenID Connect provider, the way a browser does: Helhet's login page,
 * the provider's own login form, the code back to Helhet, and out again at both ends. Redirects are followed
 * one at a time so that each step is seen.
 */
@HelhetTest
class OidcLoginTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aStaffMemberLogsInAtTheProviderAndWorksAsTheirOwnHelhetAccount() {
        String landing = loginAtProvider("a3f9-socsek", "{\"preferred_username\": \"SocSek\", "
                + "\"roles\": [\"ADMINISTRATOR\"]}");

        assertThat(landing).isEqualTo(helhet("/"));
        assertThat(get(landing).body()).contains("Mina ärenden", "Jonas Ekström");
        // Roles come from Helhet's account, whatever the provider's token says.
        assertThat(get(helhet("/admin/anvandare")).statusCode()).isEqualTo(403);
    }

    @Test
    void aValidLoginWithoutAnAccountInHelhetIsRefused() {
        String landing = loginAtProvider("b7c1-okand", "{\"preferred_username\": \"okand.person\"}");

        assertThat(landing).isEqualTo(helhet("/login?error"));
        assertThat(get(landing).body()).contains("Det finns inget konto i Helhet för den här inloggningen");
        assertThat(get(helhet("/")).statusCode()).isEqualTo(302);
    }

    @Test
    void loggingOutEndsTheSessionInHelhetAndAtTheProvider() {
        loginAtProvider("c5d2-chef", "{\"preferred_username\": \"chef\"}");
        String csrf = csrf(get(helhet("/")).body());

        var loggedOut = post(helhet("/logout"), Map.of("_csrf", csrf));
        String endSession = location(loggedOut);
        assertThat(endSession).startsWith(IdentityProvider.server().endSessionEndpointUrl(IdentityProvider.ISSUER_ID)
                .toString()).contains("id_token_hint=");
        String back = location(get(endSession));

        assertThat(back).isEqualTo(helhet("/login?utloggad"));
        assertThat(get(back).body()).contains("Du är utloggad.");
        var afterwards = get(helhet("/"));
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(location(afterwards)).endsWith("/login");
    }

    /** From Helhet's login page through the provider's form and back; where Helhet then sends the browser. */
    private String loginAtProvider(String subject, String claims) {
        String loginPage = get(helhet("/login")).body();
        assertThat(loginPage).contains("href=\"/oauth2/authorization/oidc\"", "Logga in med organisationens konto");

        String authorize = location(get(helhet("/oauth2/authorization/oidc")));
        assertThat(authorize).startsWith(IdentityProvider.server().authorizationEndpointUrl(IdentityProvider.ISSUER_ID)
                .toString());
        assertThat(get(authorize).body()).contains("name=\"username\"", "name=\"claims\"");
        String callback = location(post(authorize, Map.of("username", subject, "claims", claims)));
        assertThat(callback).startsWith(helhet("/login/oauth2/code/oidc?"));

        return location(get(callback));
    }

    private String helhet(String path) {
        return "http://localhost:" + port + path;
    }

    private String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(location).toString();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
