package se.helhet.worktime;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed synthetic case notes for the demo, so that time with children has something to show: for every
 * matter open in the last twelve months that has a responsible worker, notes by that worker over the part
 * of the year the matter was open. Pilot-area matters get more conversations with the child. Runs after the
 * demo data (order 10), only while there is no case note at all, and is deterministic from the demo seed and
 * today's date. A later, fuller demo history of case notes would replace this class.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
class DemoCaseNotes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseNotes.class);

    /** A matter of the last twelve months: who works in it, when it ran, and whether it is in the pilot area. */
    private record Open(UUID matterId, UUID workerId, LocalDate from, LocalDate to, boolean pilot, int age) {
    }

    private record Note(UUID id, UUID matterId, String type, LocalDate occurredOn, int minutes, String text,
                        Boolean childInformed, String childViews, String noConversationReason, String schoolName,
                        UUID corrects, UUID authorId, ZonedDateTime signedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long seed;

    DemoCaseNotes(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                  @Value("${helhet.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from case_note)", Boolean.class))) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long start = System.nanoTime();
        Integer written = transaction.execute(status -> write(today));
        log.info("Demodata: {} journalanteckningar med tidsåtgång på {} ms", written,
                (System.nanoTime() - start) / 1_000_000);
    }

    private int write(LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        List<Open> open = jdbc.query("""
                        select m.id, m.responsible_worker_id,
                               greatest((m.opened_at at time zone 'Europe/Stockholm')::date, ?) as from_day,
                               coalesce(m.closed_on, ?) as to_day, a.kind = 'PILOT' as pilot, m.age_at_start
                        from matter m left join area a on a.id = m.area_id_at_start
                        where m.responsible_worker_id is not null and (m.closed_on is null or m.closed_on >= ?)
                        order by m.id""",
                (rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBoolean(5),
                        rs.getInt(6)),
                yearAgo, today, yearAgo);
        Random random = new Random(seed);
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<Note> notes = new ArrayList<>();
        for (Open matter : open) {
            notes(matter, random, now, notes);
        }
        jdbc.batchUpdate("""
                insert into case_note (id, matter_id, type, occurred_on, minutes_spent, text, child_informed,
                    child_views, no_conversation_reason, school_name, corrects_note_id, author_id, created_at, signed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", notes, 1000, (ps, n) -> {
            ps.setObject(1, n.id());
            ps.setObject(2, n.matterId());
            ps.setString(3, n.type());
            ps.setObject(4, n.occurredOn());
            ps.setInt(5, n.minutes());
            ps.setString(6, n.text());
            ps.setObject(7, n.childInformed(), Types.BOOLEAN);
            ps.setString(8, n.childViews());
            ps.setString(9, n.noConversationReason());
            ps.setString(10, n.schoolName());
            ps.setObject(11, n.corrects(), Types.OTHER);
            ps.setObject(12, n.authorId());
            ps.setTimestamp(13, Timestamp.from(n.signedAt().minusMinutes(20).toInstant()));
            ps.setTimestamp(14, Timestamp.from(n.signedAt().toInstant()));
        });
        return notes.size();
    }

    /**
     * About one note every three weeks the matter was open (every ten days in the pilot area, which meets the
     * families more often), at least one; now and then a note is corrected.
     */
    private void notes(Open matter, Random random, ZonedDateTime now, List<Note> notes) {
        long days = matter.to().toEpochDay() - matter.from().toEpochDay() + 1;
        long count = Math.min(25, 1 + days / (matter.pilot() ? 10 : 21));
        for (int i = 0; days > 0 && i < count; i++) {
            LocalDate on = matter.from().plusDays(random.nextLong(days));
            Note note = note(matter, random, on, now, id(matter, i, ""));
            notes.add(note);
            if (random.nextDouble() < 0.02 && on.isBefore(now.toLocalDate())) {
                // The author got the minutes wrong and corrected them half an hour after signing.
                notes.add(new Note(id(matter, i, "/correction"), note.matterId(), note.type(), on, note.minutes() + 15,
                        "Rättelse: tidsåtgången var längre än först angivet. " + note.text(), note.childInformed(),
                        note.childViews(), note.noConversationReason(), note.schoolName(), note.id(),
                        note.authorId(), note.signedAt().plusMinutes(30)));
            }
        }
    }

    private Note note(Open matter, Random random, LocalDate on, ZonedDateTime now, UUID id) {
        String type = type(random, matter);
        int minutes = switch (type) {
            case "CONVERSATION_WITH_CHILD" -> 30 + 5 * random.nextInt(10);
            case "HOME_VISIT" -> 60 + 5 * random.nextInt(13);
            case "SCHOOL_CONTACT" -> 15 + 5 * random.nextInt(7);
            case "CONSULTATION" -> 20 + 5 * random.nextInt(9);
            case "PHONE" -> 5 + 5 * random.nextInt(5);
            default -> 10 + 5 * random.nextInt(11);
        };
        boolean conversation = type.equals("CONVERSATION_WITH_CHILD");
        boolean held = conversation && random.nextDouble() < 0.85;
        ZonedDateTime signed = on.atTime(LocalTime.of(15, 0).plusMinutes(random.nextInt(120))).atZone(clock.getZone());
        if (signed.isAfter(now)) {
            signed = now.minusMinutes(1);
        }
        return new Note(id, matter.matterId(), type, on, minutes, text(type, random),
                held ? Boolean.valueOf(random.nextDouble() < 0.9) : null,
                held ? VIEWS.get(random.nextInt(VIEWS.size())) : null,
                conversation && !held ? "Barnet ville inte samtala den här gången; ett nytt samtal är bokat." : null,
                type.equals("SCHOOL_CONTACT") ? SCHOOLS.get(random.nextInt(SCHOOLS.size())) : null,
                null, matter.workerId(), signed);
    }

    private UUID id(Open matter, int index, String suffix) {
        return UUID.nameUUIDFromBytes(("helhet-demo/" + seed + "/case-note/" + matter.matterId() + "/" + index + suffix)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The pilot team meets the children more often; a child under three is met at home rather than talked with. */
    private static String type(Random random, Open matter) {
        double r = random.nextDouble();
        double conversation = matter.pilot() ? 0.36 : 0.20;
        if (r < conversation) {
            return matter.age() < 3 ? "HOME_VISIT" : "CONVERSATION_WITH_CHILD";
        }
        r -= conversation;
        if (r < 0.13) {
            return "HOME_VISIT";
        }
        if (r < 0.27) {
            return "SCHOOL_CONTACT";
        }
        if (r < (matter.pilot() ? 0.37 : 0.42)) {
            return "CONSULTATION";
        }
        return r < (matter.pilot() ? 0.58 : 0.70) ? "PHONE" : "OTHER";
    }

    private static String text(String type, Random random) {
        List<String> texts = switch (type) {
            case "CONVERSATION_WITH_CHILD" -> List.of("Samtal med barnet i skolans samtalsrum.",
                    "Samtal med barnet under en promenad.", "Samtal med barnet på kontoret, utan föräldrarna.");
            case "HOME_VISIT" -> List.of("Hembesök hos familjen. Vi gick igenom veckans rutiner.",
                    "Hembesök. Föräldrarna berättade om hur vardagen fungerar nu.");
            case "SCHOOL_CONTACT" -> List.of("Möte med mentor om närvaro och stöd i klassrummet.",
                    "Samtal med elevhälsan om barnets skolsituation.");
            case "CONSULTATION" -> List.of("Ärendet togs upp i konsultation med arbetsledaren.",
                    "Avidentifierad konsultation i samverkansforum.");
            case "PHONE" -> List.of("Telefonsamtal med vårdnadshavare om nästa möte.",
                    "Telefonsamtal med vårdnadshavare om hur veckan har varit.");
            default -> List.of("Planering inför nästa steg i ärendet.", "Sammanställning av inkomna uppgifter.");
        };
        return texts.get(random.nextInt(texts.size()));
    }

    private static final List<String> VIEWS = List.of("Jag vill att det ska vara lugnare hemma.",
            "Det är bra i skolan nu, jag har en kompis.", "Jag vill bo kvar hemma men få hjälp med läxorna.",
            "Jag vet inte riktigt, men jag vill att mamma ska må bättre.");

    private static final List<String> SCHOOLS = List.of("Ekdalsskolan", "Norrbyskolan", "Sjöviksskolan",
            "Förskolan Ekollonet");
}
