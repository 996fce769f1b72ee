package se.helhet.intake;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.PageForm;


/** Attaching a report's original document from the report page, and opening it. */
@Controller
class AttachmentPages {

    private final Attachments attachments;

    AttachmentPages(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/anmalningar/{id}/bilagor")
    String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        String section = "/anmalningar/" + id + "#attachments-h";
        byte[] content = file == null ? null : file.getBytes();
        return PageForm.attempt(() -> attachments.attach(id, file == null ? null : file.getOriginalFilename(), content))
                .submit(attached -> PageForm.redirectSaying(redirect, section, "attachment.saved"), errors -> {
                    redirect.addFlashAttribute("errors", errors);
                    return "redirect:" + section;
                });
    }

    @GetMapping("/anmalningar/{id}/bilagor/{attachmentId}")
    ResponseEntity<byte[]> open(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return download(attachments.open(id, attachmentId));
    }

    static ResponseEntity<byte[]> download(Attachments.Content content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .body(content.bytes());
    }
}
