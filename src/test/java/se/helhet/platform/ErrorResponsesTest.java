package se.helhet.platform;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the server refuses before any of Helhet's code runs, sent over a raw socket because an HTTP
 * client would not send them: the API still answers problem+json and the pages the Swedish error page.
 */
@HelhetTest
class ErrorResponsesTest {

    @LocalServerPort
    int port;

    private record Raw(int status, String contentType, String body) {
    }

    @Test
    void aNulInAnApiPathIsAProblemDetail() throws IOException {
        assertProblem(send("GET /api/v1/persons/a%00b"), 400);
    }

    @Test
    void anEncodedSlashInAnApiPathIsAProblemDetail() throws IOException {
        assertProblem(send("GET /api/v1/persons/a%2Fb"), 400);
    }

    @Test
    void anEncodedSlashOrNulInAPagePathIsTheSwedishErrorPage() throws IOException {
        assertSwedishPage(send("GET /personer/a%2Fb"), 400);
        assertSwedishPage(send("GET /personer/a%00b"), 400);
    }

    @Test
    void aRequestLineOverEightKilobytesIsAProblemDetailSinceItsTargetIsNeverRead() throws IOException {
        String longQuery = "?q=" + "x".repeat(9_000);
        assertProblem(send("GET /api/v1/persons" + longQuery), 400);
        assertProblem(send("GET /personer" + longQuery), 400);
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundNeverStatus999() throws IOException {
        Raw page = send("GET /error");
        assertSwedishPage(page, 404);
        assertThat(page.body()).doesNotContain("999", "Whitelabel");
    }

    private static void assertProblem(Raw response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("title").asString()).isNotBlank();
    }

    private static void assertSwedishPage(Raw response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).contains("lang=\"sv\"", "Till startsidan")
                .doesNotContain("Apache Tomcat", "HTTP Status", "Whitelabel");
    }

    /** One request line and a Host header, written as bytes, and the whole answer read until the server closes. */
    private Raw send(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(ISO_8859_1));
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
            byte[] body = Arrays.copyOfRange(answer, headEnd + 4, answer.length);
            String contentType = head.lines().filter(l -> l.startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Raw(Integer.parseInt(head.substring(9, 12)), contentType,
                    new String(head.contains("transfer-encoding: chunked") ? unchunk(body) : body, UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = at;
            while (chunked[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, ISO_8859_1).trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
