package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

@HelhetTest
class AttachmentApiTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> upload(String reportId, String filename, byte[] content) throws Exception {
        String boundary = "helhet-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + reportId
                        + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString("mottagning:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void pdfIsKeptAsReceivedAndCanBeOpenedAgain() throws Exception {
        var opened = CaseFlow.reported(port, 9, "Frida", "CONCERN_REPORT");

        var stored = upload(opened.reportId(), "anmälan från skolan.pdf", PDF);

        assertThat(stored.statusCode()).isEqualTo(201);
        String location = stored.headers().firstValue("Location").orElseThrow();
        var back = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location)).GET());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(back.body()).isEqualTo(PDF);
    }

    @Test
    void programRenamedToPdfIsRefusedBesideTheFileField() throws Exception {
        var opened = CaseFlow.reported(port, 10, "Gustav", "CONCERN_REPORT");

        var refused = upload(opened.reportId(), "brev.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("\"field\":\"file\"", "PDF, PNG och JPEG");
    }

    @Test
    void fileOverTenMegabytesIsRefusedWithAClearMessage() throws Exception {
        var opened = CaseFlow.reported(port, 11, "Hanna", "CONCERN_REPORT");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        var refused = upload(opened.reportId(), "stor.pdf", large);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("10 MB");
    }

    @Test
    void attachmentsAreListedOnlyToThoseWhoMayReadTheReport() throws Exception {
        var opened = CaseFlow.reported(port, 9, "Ines", "CONCERN_REPORT");
        upload(opened.reportId(), "Ines Testbarn 20170101-0000.pdf", PDF);
        String list = "/api/v1/reports/" + opened.reportId() + "/attachments";

        for (String outsider : new String[] {"vuxen", "socsek", "analytiker", "admin"}) {
            var refused = Api.as(port, outsider).get(list);
            assertThat(refused.status()).as(outsider).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Ines");
        }
        assertThat(Api.as(port, "vuxen").get("/api/v1/reports/" + java.util.UUID.randomUUID() + "/attachments")
                .status()).isEqualTo(404);
        assertThat(Api.as(port, "mottagning").get(list).json().findValuesAsString("filename")).hasSize(1);
    }
}
