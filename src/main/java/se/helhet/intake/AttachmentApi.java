package se.helhet.intake;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Intake")
class AttachmentApi {

    private final Attachments attachments;

    AttachmentApi(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/v1/reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the report's original document (multipart, field file; PDF, PNG or JPEG, at most 10 MB)")
    ResponseEntity<Attachment> attach(@PathVariable UUID id,
                                      @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        Attachment attachment = attachments.attach(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/attachments/" + attachment.id()))
                .body(attachment);
    }

    @GetMapping("/api/v1/reports/{id}/attachments")
    @Operation(summary = "The report's attached documents")
    List<Attachment> list(@PathVariable UUID id) {
        return attachments.list(id);
    }

    @GetMapping("/api/v1/reports/{id}/attachments/{attachmentId}")
    @Operation(summary = "Get an attached document (the read is logged)")
    ResponseEntity<byte[]> open(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return AttachmentPages.download(attachments.open(id, attachmentId));
    }
}
