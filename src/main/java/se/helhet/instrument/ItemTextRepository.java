package se.helhet.instrument;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The loads in use are those not ended; an ended load is kept as the earlier version (V21). */
@Repository
class ItemTextRepository {

    record Load(UUID id, String instrument, String form, String loadedBy, Instant loadedAt) {
    }

    private final JdbcClient jdbc;

    ItemTextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Load> currentLoads(String language) {
        return jdbc.sql("""
                        select l.id, l.instrument, l.form, u.display_name, l.loaded_at
                        from instrument_item_text_load l join app_user u on u.id = l.loaded_by
                        where l.ended_at is null and l.language = :language""")
                .param("language", language).query(ItemTextRepository::load).list();
    }

    Optional<Load> currentLoad(InstrumentForm form, String language) {
        return jdbc.sql("""
                        select l.id, l.instrument, l.form, u.display_name, l.loaded_at
                        from instrument_item_text_load l join app_user u on u.id = l.loaded_by
                        where l.ended_at is null and l.instrument = :instrument and l.form = :form
                          and l.language = :language""")
                .param("instrument", form.instrument()).param("form", form.form()).param("language", language)
                .query(ItemTextRepository::load).optional();
    }

    List<String> texts(UUID loadId) {
        return jdbc.sql("select text from instrument_item_text where load_id = :id order by item")
                .param("id", loadId).query(String.class).list();
    }

    /** Two administrators loading the same form at once take turns, so one load stays in use. */
    void lock(InstrumentForm form, String language) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "item-text/" + form.instrument() + "/" + form.form() + "/" + language)
                .query((rs, n) -> 0).list();
    }

    /** Ends the load in use, if any, as replaced or removed by {@code by}; returns whether there was one. */
    boolean endCurrent(InstrumentForm form, String language, UUID by) {
        return jdbc.sql("""
                        update instrument_item_text_load set ended_at = clock_timestamp(), ended_by = :by
                        where ended_at is null and instrument = :instrument and form = :form and language = :language""")
                .param("by", by).param("instrument", form.instrument()).param("form", form.form())
                .param("language", language).update() > 0;
    }

    void insert(InstrumentForm form, String language, List<String> texts, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into instrument_item_text_load (id, instrument, form, language, items, loaded_by)
                        values (:id, :instrument, :form, :language, :items, :by)""")
                .param("id", id).param("instrument", form.instrument()).param("form", form.form())
                .param("language", language).param("items", texts.size()).param("by", by).update();
        List<Integer> items = new ArrayList<>();
        for (int n = 1; n <= texts.size(); n++) {
            items.add(n);
        }
        jdbc.sql("""
                        insert into instrument_item_text (load_id, item, text)
                        select :id, item, text from unnest(cast(:items as int[]), cast(:texts as text[])) as t (item, text)""")
                .param("id", id).param("items", items.toArray(Integer[]::new))
                .param("texts", texts.toArray(String[]::new)).update();
    }

    private static Load load(ResultSet rs, int row) throws SQLException {
        return new Load(rs.getObject("id", UUID.class), rs.getString("instrument"), rs.getString("form"),
                rs.getString("display_name"), rs.getTimestamp("loaded_at").toInstant());
    }
}
