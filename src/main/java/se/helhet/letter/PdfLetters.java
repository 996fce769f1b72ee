package se.helhet.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * A letter as PDF/A-2a: rendered by the page's Thymeleaf template (letter/document wraps the fragment the pages
 * show), tagged for screen readers, with the DejaVu Sans shipped in resources/fonts embedded, because an archived
 * letter must look the same wherever and whenever it is opened — never with a font of the machine that made it.
 */
@Component
class PdfLetters {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    PdfLetters(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Letter letter) {
        String html = templates.process("letter/document", new Context(Locale.of("sv", "SE"), Map.of("letter", letter)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_2_A)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(srgb)
                    .useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true)
                    .withProducer("Helhet")
                    .withHtmlContent(html, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static java.io.InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
