package se.helhet.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports' original documents; the content is read only when a document is opened. */
@Repository
class AttachmentRepository {

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID reportId, String filename, String contentType, byte[] content, UUID uploadedBy) {
        jdbc.sql("""
                        insert into report_attachment (id, report_id, filename, content_type, size_bytes, content, uploaded_by)
                        values (:id, :report, :name, :type, :size, :content, :by)""")
                .param("id", id).param("report", reportId).param("name", filename)
                .param("type", contentType).param("size", content.length).param("content", content)
                .param("by", uploadedBy)
                .update();
    }

    List<Attachment> forReport(UUID reportId) {
        return jdbc.sql("""
                        select a.id, a.report_id, a.filename, a.content_type, a.size_bytes, u.display_name, a.uploaded_at
                        from report_attachment a join app_user u on u.id = a.uploaded_by
                        where a.report_id = :r order by a.uploaded_at""")
                .param("r", reportId)
                .query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    byte[] content(UUID attachmentId) {
        return jdbc.sql("select content from report_attachment where id = :id").param("id", attachmentId)
                .query(byte[].class).single();
    }
}
