package se.helhet.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls Helhet's JSON API over real HTTP as one of the demo users (HTTP Basic), or with an API token. */
public final class Api {

    public record Response(int status, String contentType, String location, JsonNode json, String body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;
    private final String language;

    private Api(String base, String authorization) {
        this(base, authorization, null);
    }

    private Api(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same client asking for answers in a language ({@code Accept-Language}). */
    public Api inLanguage(String languageRange) {
        return new Api(base, authorization, languageRange);
    }

    public static Api as(int port, String user) {
        return as(port, user, "demo");
    }

    public static Api as(int port, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + basic);
    }

    /** An integration calling with its API token. */
    public static Api withToken(int port, String token) {
        return new Api("http://localhost:" + port, "Bearer " + token);
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Response(r.statusCode(), type, r.headers().firstValue("Location").orElse(null), json, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(String template, Object... args) {
        return template.formatted(args).replace('\'', '"');
    }
}
