package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The session cookie as a real Tomcat sends it over plain HTTP, as it is behind a proxy that ends TLS. */
class SecureCookiesTest {

    @Test
    void inProductionTheSessionCookieIsSecureEvenWhenTheServerSeesPlainHttp() throws Exception {
        assertThat(sessionCookie(HelhetProperties.Mode.PRODUCTION)).startsWith("__Host-helhet=")
                .containsIgnoringCase("; Secure").contains("; Path=/").doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void theDemoOnPlainHttpKeepsACookieItCanUse() throws Exception {
        assertThat(sessionCookie(HelhetProperties.Mode.DEMO)).startsWith("SESSION=").doesNotContainIgnoringCase("Secure");
    }

    private static String sessionCookie(HelhetProperties.Mode mode) throws Exception {
        var properties = new HelhetProperties(mode, Path.of("unused"),
                new HelhetProperties.Database(null, null, null, null, null),
                new HelhetProperties.Security(5, Duration.ofMinutes(1), Duration.ofHours(1)));
        var factory = new TomcatServletWebServerFactory(0);
        var cookies = new DefaultCookieSerializer();
        new SecureCookies(properties).customize(cookies);
        factory.addInitializers(context -> context
                .addServlet("session", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                        cookies.writeCookieValue(new CookieSerializer.CookieValue(request, response, "a-session-id"));
                    }
                }).addMapping("/"));
        WebServer server = factory.getWebServer();
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return answer.headers().firstValue("Set-Cookie").orElse("");
        } finally {
            server.stop();
        }
    }
}
