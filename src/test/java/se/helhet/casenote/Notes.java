package se.helhet.casenote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import se.helhet.support.Api;
import se.helhet.support.Children;
import tools.jackson.databind.json.JsonMapper;

/** Case-note fixtures over the API: a child's matter to write in, notes as typed, and PUT (which Api lacks). */
final class Notes {

    static final String CONVERSATION = """
            {'type': 'CONVERSATION_WITH_CHILD', 'occurredOn': '%s', 'minutesSpent': 45,
             'text': 'Samtal i skolans samtalsrum.', 'childInformed': true,
             'childViews': 'Jag vill bo kvar hemma men jag vill att mamma ska må bättre.'}""";
    static final String SCHOOL = """
            {'type': 'SCHOOL_CONTACT', 'occurredOn': '%s', 'minutesSpent': 20,
             'text': 'Mentorn bekräftar hög frånvaro.', 'schoolName': 'Ekdalsskolan'}""";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Notes() {
    }

    /** A new child with a report of concern from intake: the child's matter, where intake may write. */
    static String aMatter(int port, int age, String name) {
        String child = Children.aChild(port, age, name);
        var report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'SCHOOL', 'reporterName': 'Kim', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT'], 'description': 'Oro för barnet.'}""", child));
        return report.json().get("children").get(0).get("matterId").asString();
    }

    static Api.Response write(int port, String user, String matterId, String template) {
        return Api.as(port, user).post("/api/v1/matters/" + matterId + "/case-notes",
                Api.json(template, java.time.LocalDate.now()));
    }

    static String written(int port, String matterId, String template) {
        var response = write(port, "mottagning", matterId, template);
        if (response.status() != 201) {
            throw new IllegalStateException("Could not write a note: " + response.body());
        }
        return response.json().get("id").asString();
    }

    static Api.Response sign(int port, String user, String noteId) {
        return Api.as(port, user).post("/api/v1/case-notes/" + noteId + "/sign", "{}");
    }

    static Api.Response put(int port, String user, String path, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + token).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Api.Response(r.statusCode(), type, null,
                    type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
