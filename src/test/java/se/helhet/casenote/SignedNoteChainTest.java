package se.helhet.casenote;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.platform.ChainResult;
import se.helhet.platform.ChainResult.Damage;
import se.helhet.platform.Chains;
import se.helhet.support.HelhetTest;
import se.helhet.support.PastTheTriggers;

/**
 * Signed notes are a hash chain (ADR 8): the table's owner can switch the trigger off, and a superuser every
 * trigger, and change or delete a signed note, but the verification names the note. The change is put back, since the test database is shared.
 */
@HelhetTest
class SignedNoteChainTest {

    @LocalServerPort
    int port;

    @Autowired
    Chains chains;

    @Autowired
    DataSource dataSource;

    /** The schema's owner: no superuser, but the owner of the table, which may switch its triggers off. */
    @Autowired
    @FlywayDataSource
    DataSource owner;

    private ChainResult noteChain() {
        return chains.verify().results().stream().filter(r -> r.chain().equals("case_note")).findFirst().orElseThrow();
    }

    private String signed() {
        String matter = Notes.aMatter(port, 11, "Kedja");
        String note = Notes.written(port, matter, Notes.CONVERSATION);
        assertThat(Notes.sign(port, "mottagning", note).status()).isEqualTo(200);
        return note;
    }

    @Test
    void signedNotesVerifyIncludingTheDemoDataLinkedWhenLoaded() {
        signed();
        long signedNotes = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from case_note where signed_at is not null", Long.class);

        ChainResult result = noteChain();

        assertThat(result.intact()).as(result.line()).isTrue();
        assertThat(result.rows()).isEqualTo(signedNotes).isGreaterThan(1);
    }

    @Test
    void aSignedNoteChangedWithItsTriggerDisabledIsNamed() throws Exception {
        String note = signed();
        UUID id = UUID.fromString(note);
        long seq = new JdbcTemplate(dataSource).queryForObject("select chain_seq from case_note where id = ?",
                Long.class, id);
        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            s.execute("alter table case_note disable trigger case_note_no_change_after_signing");
            s.execute("update case_note set text = 'Skrivet om i efterhand.' where id = '" + id + "'");
            s.execute("alter table case_note enable trigger case_note_no_change_after_signing");
        }
        try {
            assertThat(noteChain().broken()).isEqualTo(new ChainResult.Break(note, seq, Damage.CHANGED,
                    "its content no longer matches its hash"));
            assertThat(chains.verify().intact()).isFalse();
        } finally {
            try (var db = new PastTheTriggers(dataSource)) {
                db.execute("update case_note set text = 'Samtal i skolans samtalsrum.' where id = ?", id);
            }
        }
        assertThat(noteChain().intact()).isTrue();
    }

    @Test
    void aSignedNoteDeletedPastTheTriggersIsNamed() throws Exception {
        String gone = signed();
        String next = signed();
        long seq = new JdbcTemplate(dataSource).queryForObject("select chain_seq from case_note where id = ?",
                Long.class, UUID.fromString(gone));
        try (var db = new PastTheTriggers(dataSource)) {
            db.execute("create temp table kept as select * from case_note where id = ?", UUID.fromString(gone));
            db.execute("delete from case_note where id = ?", UUID.fromString(gone));
            try {
                assertThat(noteChain().broken()).isEqualTo(new ChainResult.Break(next, seq + 1, Damage.DELETED,
                        "the rows with link " + seq + " before it are gone"));
            } finally {
                db.execute("insert into case_note select * from kept");
            }
        }
        assertThat(noteChain().intact()).isTrue();
    }
}
