package se.helhet.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the pages over real HTTP, without a browser: a session cookie, the CSRF token from each
 * form, no redirects followed (so a test sees where it is sent).
 */
public final class WebSession {

    /** An answer: {@code pushUrl} is the address htmx is told to show ({@code HX-Push-Url}), or empty. */
    public record Page(int status, String location, String body, String contentType, String pushUrl) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf;

    private WebSession(int port, InetAddress from) {
        this.base = "http://localhost:" + port;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (from != null) {
            builder.localAddress(from);
        }
        this.client = builder.build();
    }

    private WebSession(String base, HttpClient client, String csrf) {
        this.base = base;
        this.client = client;
        this.csrf = csrf;
    }

    /** The same browser, cookies and all, sent to another server of the same Helhet, as a load balancer may. */
    public WebSession at(int otherPort) {
        return new WebSession("http://localhost:" + otherPort, client, csrf);
    }

    public static WebSession loggedInAs(int port, String user) {
        WebSession session = new WebSession(port, null);
        Page login = session.login(user, "demo");
        if (login.status() != 302 || login.location().contains("error")) {
            throw new IllegalStateException("Login failed for " + user + ": " + login.location());
        }
        return session;
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port, null);
    }

    /** A session from another client: a loopback address of its own (127.0.0.2, 127.0.0.3 …). */
    public static WebSession anonymousFrom(int port, String loopbackAddress) {
        return new WebSession(port, InetAddress.ofLiteral(loopbackAddress));
    }

    public Page login(String user, String password) {
        get("/login");
        return post("/login", Map.of("username", user, "password", password));
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    /** A file as downloaded, byte for byte. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page read; a value may repeat (checkboxes) as a String[]. */
    public Page post(String path, Map<String, ?> fields) {
        return submit("POST", path, fields);
    }

    /** Posts a search form and reads the page it redirects to (Post/Redirect/Get), as a browser does. */
    public Page search(String path, Map<String, ?> fields) {
        Page posted = post(path, fields);
        if (posted.status() != 302 && posted.status() != 303) {
            return posted;
        }
        return get(pathOf(posted.location()));
    }

    /** Posts a form as htmx sends it ({@code HX-Request}), which the page's search forms do when script runs. */
    public Page postFromPage(String path, Map<String, ?> fields) {
        return submit("POST", path, fields, "HX-Request", "true");
    }

    /** The path and query of an address, which a redirect may give in full. */
    public static String pathOf(String location) {
        URI to = URI.create(location);
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    /** What htmx sends while the user types: the form's fields, as a PUT. */
    public Page put(String path, Map<String, ?> fields) {
        return submit("PUT", path, fields);
    }

    private Page submit(String method, String path, Map<String, ?> fields, String... headers) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().flatMap(e -> e.getValue() instanceof String[] values
                        ? java.util.Arrays.stream(values).map(v -> encode(e.getKey()) + "=" + encode(v))
                        : java.util.stream.Stream.of(encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue()))))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("HX-Push-Url").orElse(""));
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
