package se.helhet.casefile.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import se.helhet.matter.Matter;
import se.helhet.person.Person;
import se.helhet.worklist.MyMatter;

/**
 * Gives every page under a matter (/arenden/{id}/…) the case file's header, also the pages of modules that
 * cannot depend on this one (case notes, interventions, outcomes): their templates include
 * {@code casefile/parts :: header} with {@code fileHeader}. The child first, on every page of the matter.
 */
@ControllerAdvice(annotations = Controller.class)
class FileHeaderAdvice {

    /** The header's parts; {@code tab} names the page the header is shown on. */
    record FileHeader(Matter matter, Person child, String responsible, MyMatter next, List<MatterReports.Link> reports,
                      String tab) {
    }

    private static final Pattern SUB_PAGE = Pattern.compile("^/arenden/([0-9a-f-]{36})/(anteckningar|insatser|utfall)(/.*)?$");

    private final CaseFileHeader header;

    FileHeaderAdvice(CaseFileHeader header) {
        this.header = header;
    }

    @ModelAttribute("fileHeader")
    FileHeader fileHeader(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
            return null;
        }
        Matcher m = SUB_PAGE.matcher(request.getRequestURI());
        if (!m.matches()) {
            return null;
        }
        return header.of(UUID.fromString(m.group(1)), switch (m.group(2)) {
            case "anteckningar" -> "notes";
            case "utfall" -> "outcomes";
            default -> "interventions";
        });
    }
}
