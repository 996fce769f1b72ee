package se.helhet.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.intake.ReporterCategory;

/**
 * The work in an investigation that the indicators count: signed case notes (conversations with the child,
 * contacts with the school, home visits, calls and consultations) and the intervention a granting decision
 * led to, through its steps. The pilot team talks with more children, contacts the school more often when the
 * school reported, and gets help started sooner; ordinary services less so. Its own random numbers, so the
 * matters themselves are the same with or without it.
 */
final class CaseWork {

    private static final List<String> VIEWS = List.of(
            "Barnet berättar att det är bråkigt hemma på kvällarna och att hen helst är hos en kompis.",
            "Barnet säger att skolan är det bästa med veckan och att hen vill ha mer hjälp med läxorna.",
            "Barnet vill att mamma och pappa slutar bråka och önskar att någon vuxen lyssnar.",
            "Barnet tycker om sin fritidsledare och vill fortsätta på fotbollen.",
            "Barnet säger att hen inte vill byta skola och att hen saknar sin gamla klass.");
    private static final List<String> NO_CONVERSATION = List.of(
            "Barnet ville inte träffa socialsekreteraren; barnets situation belyses genom förskolan och föräldrarna.",
            "Vårdnadshavaren motsatte sig samtal; beslut om samtal utan samtycke övervägdes men bedömdes inte behövas.");
    private static final List<String> SCHOOLS = List.of("Ekdalsskolan", "Norrbyskolan", "Sjöviksskolan",
            "Förskolan Ekollonet", "Tallmons skola");

    private final Random random;
    private final CaseStaff staff;
    private final Ids ids;
    private final UUID pilotTeam;
    private final LocalDate today;
    private final ZoneId zone;

    CaseWork(long seed, CaseStaff staff, Organisation organisation, LocalDate today, ZoneId zone) {
        this.random = new Random(seed * 17 + 0x57EB);
        this.ids = new Ids(seed ^ 0x57EBL);
        this.staff = staff;
        this.pilotTeam = organisation.unit(Organisation.PILOT_TEAM).id();
        this.today = today;
        this.zone = zone;
    }

    /** The plan with each investigated matter's notes and help added. */
    CasePlan added(CasePlan plan) {
        List<CasePlan.Matter> matters = new ArrayList<>(plan.matters().size());
        for (CasePlan.Matter matter : plan.matters()) {
            matters.add(matter.investigation() == null ? matter : matter.withWork(work(plan.report(), matter)));
        }
        return new CasePlan(plan.report(), matters, plan.feedback());
    }

    private CasePlan.Work work(CasePlan.Report report, CasePlan.Matter matter) {
        CasePlan.Investigation investigation = matter.investigation();
        boolean pilot = matter.unitId().equals(pilotTeam);
        LocalDate opened = investigation.openedOn();
        LocalDate last = investigation.closedOn() != null ? investigation.closedOn() : today.minusDays(1);
        // An investigation still waiting for its investigator has no notes yet.
        UUID author = investigation.investigator();
        if (last.isBefore(opened) || author == null) {
            return CasePlan.Work.NONE;
        }
        List<CasePlan.Note> notes = new ArrayList<>();
        if (matter.ageAtStart() >= 3) {
            if (random.nextDouble() < (pilot ? 0.88 : 0.62)) {
                int conversations = 1 + (random.nextDouble() < (pilot ? 0.5 : 0.2) ? 1 : 0);
                for (int i = 0; i < conversations; i++) {
                    notes.add(note("CONVERSATION_WITH_CHILD", day(opened, last), 30 + random.nextInt(61),
                            "Enskilt samtal med barnet i skolans samtalsrum.", true, pick(VIEWS), null, null, author));
                }
            } else if (random.nextBoolean()) {
                notes.add(note("CONVERSATION_WITH_CHILD", day(opened, last), 10 + random.nextInt(20),
                        "Inget samtal med barnet under utredningen.", null, null, pick(NO_CONVERSATION), null, author));
            }
        }
        boolean schoolReported = report.category() == ReporterCategory.SCHOOL
                || report.category() == ReporterCategory.PRESCHOOL;
        if (random.nextDouble() < (schoolReported ? (pilot ? 0.86 : 0.55) : 0.3)) {
            notes.add(note("SCHOOL_CONTACT", day(opened, last), 20 + random.nextInt(41),
                    "Samtal med mentor och elevhälsan om barnets närvaro och mående.", null, null, null,
                    pick(SCHOOLS), author));
        }
        if (random.nextDouble() < 0.6) {
            notes.add(note("HOME_VISIT", day(opened, last), 60 + random.nextInt(91),
                    "Hembesök. Båda vårdnadshavarna och barnen hemma.", null, null, null, null, author));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            boolean phone = random.nextBoolean();
            notes.add(note(phone ? "PHONE" : "CONSULTATION", day(opened, last), phone ? 10 + random.nextInt(21)
                            : 30 + random.nextInt(31),
                    phone ? "Telefonsamtal med vårdnadshavare om utredningens upplägg."
                            : "Konsultation i arbetsgruppen om bedömningen.", null, null, null, null, author));
        }
        notes.sort(java.util.Comparator.comparing(CasePlan.Note::occurredOn));
        return new CasePlan.Work(notes, help(matter, pilot));
    }

    /** The intervention a granting decision led to, as far as it had come by yesterday. */
    private CasePlan.Help help(CasePlan.Matter matter, boolean pilot) {
        CasePlan.Decision decision = matter.decision();
        if (decision == null || !decision.outcome().equals("GRANTED")) {
            return null;
        }
        LocalDate offered = decision.decidedOn().plusDays(1 + random.nextInt(7));
        if (!offered.isBefore(today)) {
            return null;
        }
        boolean accepts = random.nextDouble() < (pilot ? 0.9 : 0.8);
        LocalDate answered = before(offered.plusDays(random.nextInt(8)));
        LocalDate accepted = accepts ? answered : null;
        LocalDate declined = accepts ? null : answered;
        LocalDate started = null;
        LocalDate completed = null;
        LocalDate endedEarly = null;
        String reason = declined == null ? null : "Familjen vill inte ha insatsen nu.";
        if (accepted != null) {
            int wait = pilot ? 3 + random.nextInt(18) : 10 + random.nextInt(41);
            started = accepted.plusDays(wait).isBefore(today) ? accepted.plusDays(wait) : null;
        }
        if (started != null) {
            LocalDate end = started.plusDays(60 + random.nextInt(240));
            if (end.isBefore(today)) {
                if (random.nextDouble() < (pilot ? 0.82 : 0.7)) {
                    completed = end;
                } else {
                    endedEarly = started.plusDays(20 + random.nextInt((int) (end.toEpochDay() - started.toEpochDay()) - 19));
                    reason = "Familjen flyttade från kommunen.";
                }
            }
        }
        String code = decision.interventionCode();
        boolean placement = code.contains("FOSTER") || code.equals("RESIDENTIAL_CARE");
        UUID responsible = matter.level() == Level.RED ? otherThan(matter.responsible(), pilot) : matter.responsible();
        return new CasePlan.Help(ids.next(), code, placement ? "EXTERNAL" : "INTERNAL",
                placement ? "Familjehemsenheten" : "Familjebehandlarna", responsible,
                "Barnet ska ha en trygg och förutsägbar vardag; föräldrarna ska få stöd i sitt föräldraskap.",
                decision.id(), decision.decidedOn(), offered, accepted, declined, started, completed, endedEarly, reason,
                matter.responsible());
    }

    /** On red level the one who investigated does not also give the help. */
    private UUID otherThan(UUID investigator, boolean pilot) {
        for (int i = 0; i < 10; i++) {
            UUID other = staff.investigator(random, pilot);
            if (!other.equals(investigator)) {
                return other;
            }
        }
        return staff.investigator(random, !pilot);
    }

    private CasePlan.Note note(String type, LocalDate on, int minutes, String text, Boolean informed, String views,
                               String noConversation, String school, UUID author) {
        return new CasePlan.Note(ids.next(), type, on, minutes, text, informed, views, noConversation, school, author,
                on.atTime(LocalTime.of(15, 0).plusMinutes(random.nextInt(120))).atZone(zone).toOffsetDateTime());
    }

    private LocalDate day(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    }

    private LocalDate before(LocalDate day) {
        return day.isBefore(today) ? day : today.minusDays(1);
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
