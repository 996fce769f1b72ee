package se.helhet.letter;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A sent letter's PDF, byte for byte, under a file name that says what and when but never whom. */
public record LetterFile(String fileName, byte[] bytes) {

    static LetterFile of(LetterKind kind, java.time.LocalDate sentOn, byte[] bytes) {
        return new LetterFile(switch (kind) {
            case DECISION -> "beslut-";
            case INVESTIGATION_OPENED -> "utredning-inleds-";
            case REPORTER_FEEDBACK -> "aterkoppling-";
        } + sentOn + ".pdf", bytes);
    }

    /** The download; never cached, the letter is personal data. */
    public ResponseEntity<byte[]> download() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
