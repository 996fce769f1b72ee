package se.helhet.intake;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * The original document of a report, PDF or image. The type is read from the file's first bytes, not
 * taken from its name or the browser's word, so a renamed program is refused.
 */
@Service
class Attachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final String RECORD = "attachment";

    record Content(Attachment attachment, byte[] bytes) {
    }

    private final AttachmentRepository attachments;
    private final Reports reports;
    private final Matters matters;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;

    Attachments(AttachmentRepository attachments, Reports reports, Matters matters, People people,
                CurrentUsers currentUsers, Trace trace) {
        this.attachments = attachments;
        this.reports = reports;
        this.matters = matters;
        this.people = people;
        this.currentUsers = currentUsers;
        this.trace = trace;
    }

    @Transactional
    public Attachment attach(UUID reportId, String filename, byte[] bytes) {
        Report report = reports.whole(reportId, "report");
        report.children().forEach(c -> matters.workable(c.matterId()));
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "intake.problem.file.missing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "intake.problem.file.too-large");
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw new InvalidInputException("file", "intake.problem.file.type");
        }
        String name = filename == null || filename.isBlank() ? "dokument" : filename.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        UUID id = UUID.randomUUID();
        attachments.insert(id, reportId, name.length() > 255 ? name.substring(0, 255) : name, type, bytes,
                currentUsers.require().id());
        trace.recordAll(TracedAction.CREATE, RECORD, people.traceReferences(report.children().stream()
                .map(c -> c.childId()).toList()));
        return attachments.forReport(reportId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The report's attachments, to a reader of every child in it (a file name, and the file, may name any of
     * them), traced.
     */
    public List<Attachment> list(UUID reportId) {
        reports.whole(reportId, RECORD);
        return attachments.forReport(reportId);
    }

    public Content open(UUID reportId, UUID attachmentId) {
        reports.whole(reportId, RECORD);
        Attachment attachment = attachments.forReport(reportId).stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> new NotFoundException("intake.attachment.not-found"));
        return new Content(attachment, attachments.content(attachmentId));
    }

    static String typeOf(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length),
                toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
