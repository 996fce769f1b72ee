package se.helhet.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * The letters families and reporters get are PDF/A files kept as sent, downloaded from the matter or the report
 * under the same access and trace as reading the decision, investigation or feedback they belong to.
 */
@HelhetTest
class LettersAsPdfTest {

    private static final String REASONS = "Ni har redan stöd från skolan. Vi tror att det räcker just nu.";

    /** Helhet's day, which is not the machine's around midnight. */
    private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private String refused(CaseFlow.Opened opened) {
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String id = investigation.get("id").asString();
        Api chef = Api.as(port, "chef");
        assertThat(chef.post("/api/v1/investigations/" + id + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", LocalDate.now(STOCKHOLM),
                investigation.get("version").asInt())).status()).isEqualTo(200);
        var decided = chef.post("/api/v1/investigations/" + id + "/decision", Api.json(
                "{'outcome': 'NOT_GRANTED', 'interventionCode': 'CONTACT_PERSON', 'reasons': '%s'}", REASONS));
        assertThat(decided.status()).isEqualTo(201);
        return decided.json().get("id").asString();
    }

    @Test
    void aRefusalLetterIsAPdfAWithAddresseeDecisionReasonsAndAppealDownloadedFromTheMatter() throws IOException {
        var opened = CaseFlow.investigated(port, 9, "Olle", "ORANGE");
        String decision = refused(opened);
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String href = "/arenden/" + opened.matterId() + "/beslut/" + decision + "/brev.pdf";

        assertThat(chef.get("/arenden/" + opened.matterId() + "/utredning").body()).contains(href, "LIX");
        var pdf = chef.download(href);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("attachment", "beslut-" + LocalDate.now(STOCKHOLM) + ".pdf");
        System.out.printf("The decision letter as PDF/A: %d bytes%n", pdf.bytes().length);
        assertThat(pdf.bytes().length).as("fonts embedded as subsets, not whole").isLessThan(150_000);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Vårdnadshavare för Olle Testbarn", "Vi har beslutat att Olle inte får kontaktperson.",
                    "Varför vi har beslutat så", REASONS, "Om du inte är nöjd med beslutet", "förvaltningsrätten",
                    "inom tre veckor", "socialtjänstlagen (2025:400)");
            assertPdfA(document);
            assertRendersVisibly(document, "brev-beslut-pdf.png");
        }
    }

    @Test
    void theFamilyIsToldThatAnInvestigationHasBegunAndTheReporterGetsFeedbackAsPdf() throws IOException {
        var opened = CaseFlow.investigated(port, 7, "Lea", "ORANGE");
        assertThat(Api.as(port, "mottagning").post("/api/v1/reports/" + opened.reportId() + "/feedback",
                "{\"given\": true}").status()).isEqualTo(201);
        WebSession intake = WebSession.loggedInAs(port, "mottagning");
        String investigation = CaseFlow.investigation(port, opened.matterId()).get("id").asString();

        var opening = intake.download("/arenden/" + opened.matterId() + "/utredning/" + investigation + "/brev.pdf");
        var feedback = intake.download("/anmalningar/" + opened.reportId() + "/aterkoppling.pdf");

        assertThat(opening.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(opening.bytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Vi har börjat en utredning", "Vårdnadshavare för Lea Testbarn", "Vi har beslutat att utreda hur Lea",
                    "Ni får läsa utredningen", "Utredningen ska vara klar senast");
            assertPdfA(document);
            assertRendersVisibly(document, "brev-utredning-inleds-pdf.png");
        }
        assertThat(feedback.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(feedback.bytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Återkoppling", "Kim", "Socialtjänsten har inlett en utredning.", "sekretess");
        }
        assertThat(intake.get("/anmalningar/" + opened.reportId()).body())
                .contains("/anmalningar/" + opened.reportId() + "/aterkoppling.pdf");
    }

    @Test
    void aUserWithoutAccessToTheMatterGetsNoLetterAndLeavesNoTraceOfARead() {
        var opened = CaseFlow.investigated(port, 11, "Ines", "ORANGE");
        String decision = refused(opened);
        var jdbc = new JdbcTemplate(dataSource);
        String reads = "select count(*) from trace where username = 'vuxen' and action = 'READ' and record_id = ?";

        var refused = WebSession.loggedInAs(port, "vuxen")
                .download("/arenden/" + opened.matterId() + "/beslut/" + decision + "/brev.pdf");
        var analyst = WebSession.loggedInAs(port, "analytiker")
                .download("/arenden/" + opened.matterId() + "/beslut/" + decision + "/brev.pdf");

        assertThat(refused.status()).isIn(403, 404);
        assertThat(analyst.status()).isIn(403, 404);
        assertThat(new String(refused.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(jdbc.queryForObject(reads, Long.class, decision)).isZero();
        var chefReads = "select count(*) from trace where username = 'chef' and action = 'READ' and record_type = 'decision' and record_id = ?";
        long before = jdbc.queryForObject(chefReads, Long.class, decision);
        assertThat(WebSession.loggedInAs(port, "chef")
                .download("/arenden/" + opened.matterId() + "/beslut/" + decision + "/brev.pdf").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(chefReads, Long.class, decision)).isEqualTo(before + 1);
    }

    /** PDF/A-2 as the XMP metadata says, every font embedded (nothing taken from the machine that opens it). */
    private static void assertPdfA(PDDocument document) throws IOException {
        try (var xmp = document.getDocumentCatalog().getMetadata().createInputStream()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            PDFAIdentificationSchema pdfa = parser.parse(xmp.readAllBytes()).getPDFAIdentificationSchema();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("A");
        } catch (org.apache.xmpbox.xml.XmpParsingException e) {
            throw new IOException(e);
        }
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    /**
     * The first page drawn as an image has text on it: a good share of its pixels are not white. The image is kept
     * beside the browser tests' screenshots, to be looked at.
     */
    private static void assertRendersVisibly(PDDocument document, String screenshot) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 60);
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png", screenshots.resolve(screenshot).toFile());
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 160) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark pixels on the first page").isGreaterThan(2000);
    }
}
