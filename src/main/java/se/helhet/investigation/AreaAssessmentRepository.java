package se.helhet.investigation;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An investigation's text per BBIC area, each with a version against lost updates. */
@Repository
class AreaAssessmentRepository {

    private final JdbcClient jdbc;

    AreaAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AreaAssessment> forInvestigation(UUID investigationId) {
        return jdbc.sql("""
                        select a.area, a.description, a.child_view, a.needs, u.display_name, a.updated_at, a.version
                        from investigation_area a join app_user u on u.id = a.updated_by
                        where a.investigation_id = :id""")
                .param("id", investigationId)
                .query((rs, n) -> new AreaAssessment(BbicArea.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)))
                .list();
    }

    /** 1 when written, 0 when someone wrote the area first. */
    int insert(UUID investigationId, BbicArea area, String description, String childView, String needs, UUID by) {
        return jdbc.sql("""
                        insert into investigation_area (investigation_id, area, description, child_view, needs, updated_by)
                        values (:id, :area, :d, :c, :n, :by) on conflict do nothing""")
                .param("id", investigationId).param("area", area.name()).param("d", description)
                .param("c", childView).param("n", needs).param("by", by).update();
    }

    /** 1 when written, 0 when someone changed the area since {@code version} was read. */
    int update(UUID investigationId, BbicArea area, String description, String childView, String needs, UUID by,
               int version) {
        return jdbc.sql("""
                        update investigation_area set description = :d, child_view = :c, needs = :n, updated_by = :by,
                            updated_at = clock_timestamp(), version = version + 1
                        where investigation_id = :id and area = :area and version = :version""")
                .param("id", investigationId).param("area", area.name()).param("d", description)
                .param("c", childView).param("n", needs).param("by", by).param("version", version)
                .update();
    }

    List<BbicArea> described(UUID investigationId) {
        return jdbc.sql("select area from investigation_area where investigation_id = :id and description is not null")
                .param("id", investigationId).query(String.class).list().stream().map(BbicArea::valueOf).toList();
    }
}
