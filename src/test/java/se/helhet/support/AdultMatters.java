package se.helhet.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.matter.MatterKind;
import se.helhet.matter.MatterOpened;

/**
 * An adult unit's matter about a person, opened as the matter module opens one: the row, the person in the
 * unit's register, and {@link MatterOpened} published in the same transaction, so that what listens (the
 * routines' matching) runs as it does on an opening.
 */
public final class AdultMatters {

    private AdultMatters() {
    }

    /** Opens a matter of {@code kind} today in the unit named, with the user named as responsible worker. */
    public static String open(ApplicationContext context, String personId, MatterKind kind, String unitName,
                              String worker) {
        return open(context, personId, kind, unitName, worker, LocalDate.now());
    }

    public static String open(ApplicationContext context, String personId, MatterKind kind, String unitName,
                              String worker, LocalDate openedOn) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        UUID id = UUID.randomUUID();
        UUID person = UUID.fromString(personId);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            jdbc.update("""
                            insert into matter (id, kind, person_id, unit_id, opened_at, responsible_worker_id, reopened,
                                created_by)
                            select ?, ?, ?, u.id, ?, w.id, false, w.id
                            from unit u, app_user w where u.name = ? and w.username = ?""",
                    id, kind.name(), person, openedOn.atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime(),
                    unitName, worker);
            jdbc.update("""
                            insert into person_unit (person_id, unit_id) select ?, id from unit where name = ?
                            on conflict do nothing""", person, unitName);
            context.publishEvent(new MatterOpened(id, person, kind, openedOn));
        });
        return id.toString();
    }
}
