package se.helhet.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import se.helhet.demo.Organisation.DemoArea;

/**
 * The collaboration forums of the demo: the pilot area's forum with its preschools, school and child health centre,
 * and one in an ordinary area, each meeting on the first Tuesday of the month for the last five months with a few
 * questions brought anonymously. Fixed texts and ids, so the demo reads the same every time.
 */
final class ForumRows {

    private record Question(String ageGroup, String broughtBy, String question, String advice, String actions,
                            String followUpBy) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("SCHOOL_AGE", "Kurator, skolan", "En elev i årskurs 3 kommer ofta utan frukost och somnar"
                    + " på lektionerna. Berättar om bråk hemma på kvällarna.", "Prata med vårdnadshavarna om det skolan"
                    + " ser; erbjud föräldrarådgivning. Gör en orosanmälan om bilden förstärks.",
                    "Mentorn bjuder in vårdnadshavarna till möte.", "Kuratorn"),
            new Question("UNDER_6", "Förskollärare", "Ett barn på förskolan är ofta utan kläder för vädret och"
                    + " hämtas sent. Föräldern verkar trött och nedstämd.", "Ta upp det med föräldern i lugn och ro;"
                    + " tipsa om familjecentralens öppna verksamhet.", "Förskolan pratar med föräldern vid hämtning.",
                    "Förskolläraren"),
            new Question("TEENAGER", "Fältassistent", "En ungdom i årskurs 8 har hög frånvaro och syns ute sent med"
                    + " äldre kamrater.", "Skolan och fältassistenterna gör en gemensam plan; erbjud samtal med"
                    + " socialtjänstens ungdomsstöd.", "Elevhälsan kallar till möte med vårdnadshavarna.",
                    "Elevhälsan"),
            new Question("SCHOOL_AGE", "Skolsköterska", "Ett barn i årskurs 5 har ofta ont i magen och vill inte gå"
                    + " hem efter skolan.", "Samtal med barnet om hur det har det hemma; kontakta BUP om"
                    + " oron för psykisk ohälsa kvarstår.", "Skolsköterskan har ett uppföljande samtal.",
                    "Skolsköterskan"),
            new Question("UNDER_6", "BVC-sjuksköterska", "En familj med ett spädbarn har missat flera besök på BVC."
                    + " Föräldrarna är nya i landet.", "Erbjud hembesök tillsammans med socialtjänsten; tolk vid"
                    + " behov.", "BVC bokar ett hembesök.", "BVC-sjuksköterskan"));

    private final long seed;
    private final Organisation organisation;
    private final LocalDate today;

    ForumRows(long seed, Organisation organisation, LocalDate today) {
        this.seed = seed;
        this.organisation = organisation;
        this.today = today;
    }

    void write(CsvChunk chunk) {
        forum(chunk, "ekdalen", "Samverkansforum Ekdalen", organisation.pilotArea(),
                "Ekdalsskolan, förskolorna Lärkan och Ugglan, BVC Ekdalen", "socsek", 3);
        forum(chunk, "tallmon", "Samverkansforum Tallmon",
                organisation.ordinaryAreas().stream().filter(a -> a.code().equals("tallmon")).findFirst().orElseThrow(),
                "Tallmonskolan och förskolan Tallkotten", "anna.berg", 1);
    }

    private void forum(CsvChunk chunk, String code, String name, DemoArea area, String serves, String worker,
                       int questionsPerMeeting) {
        UUID forum = Organisation.fixedId(seed, "forum", code);
        UUID workerId = Organisation.fixedId(seed, "user", worker);
        String unitCode = worker.equals("socsek") ? Organisation.PILOT_TEAM : Organisation.INVESTIGATION;
        chunk.add(Table.FORUM, forum, name, organisation.unit(unitCode).id(), area.id(), serves, "MONTHLY",
                "Första tisdagen i månaden kl. 13–15", workerId);
        for (int month = 5; month >= 1; month--) {
            LocalDate heldOn = today.minusMonths(month).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            UUID meeting = Organisation.fixedId(seed, "forum-meeting", code + "/" + heldOn);
            chunk.add(Table.FORUM_MEETING, meeting, forum, heldOn, null, workerId);
            chunk.add(Table.FORUM_PARTICIPANT, meeting, 0, workerId, null, displayName(worker), "Socialsekreterare");
            chunk.add(Table.FORUM_PARTICIPANT, meeting, 1, null, "SCHOOL", "Mira Holm", "Kurator");
            chunk.add(Table.FORUM_PARTICIPANT, meeting, 2, null, "PRESCHOOL", "Sam Lind", "Förskolechef");
            chunk.add(Table.FORUM_PARTICIPANT, meeting, 3, null, "CHILD_HEALTH_CENTRE", "Ida Berg",
                    "BVC-sjuksköterska");
            for (int q = 0; q < questionsPerMeeting; q++) {
                Question question = QUESTIONS.get((month * questionsPerMeeting + q) % QUESTIONS.size());
                chunk.add(Table.FORUM_CONSULTATION, Organisation.fixedId(seed, "forum-consultation",
                                meeting + "/" + q), meeting, question.ageGroup(), question.broughtBy(),
                        question.question(), question.advice(), question.actions(), question.followUpBy(),
                        heldOn.plusMonths(1));
            }
        }
    }

    private static String displayName(String username) {
        return Staff.ALL.stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow().displayName();
    }
}
