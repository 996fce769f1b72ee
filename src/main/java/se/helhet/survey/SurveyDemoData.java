package se.helhet.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.StaffDirectory;

/**
 * The demo's surveys, written once into an empty survey table: a parent and a staff survey for each of the
 * last two years (closed, with synthetic answers that improve a little from year to year) and for this year
 * (open, a few answers, and six unused codes each). The codes come from a fixed seed, so the unit manager's
 * survey page can show them in demo mode; they are never written to the log.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "helhet.mode", havingValue = "demo")
class SurveyDemoData implements ApplicationRunner {

    private static final long SEED = 20261123L;
    private static final int CODES = 6;
    private static final List<String> FREE_TEXTS = List.of(
            "Det vore bra med fler möten där alla som arbetar med familjen är med.",
            "Svårt att hitta tider som passar alla handläggare.",
            "Tydligare vem man ska ringa när något händer.",
            "Mer tid för varje familj.",
            "Bra att slippa berätta samma sak flera gånger.",
            "Rutinen för samråd behöver bli känd av alla.",
            "Fler gemensamma utbildningsdagar mellan enheterna.",
            "Det fungerar bättre nu än förra året.");

    private final SurveyRepository surveys;
    private final StaffDirectory staff;
    private final Clock clock;

    SurveyDemoData(SurveyRepository surveys, StaffDirectory staff, Clock clock) {
        this.surveys = surveys;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (surveys.any()) {
            return;
        }
        UUID admin = staff.byUsername("admin").map(CurrentUser::id).orElse(null);
        if (admin == null) {
            return;
        }
        Random random = new Random(SEED);
        int year = LocalDate.now(clock).getYear();
        int[] staff = {60, 69, 12};
        int[] parents = {8, 6, 3};
        for (int i = 0; i < 3; i++) {
            int y = year - 2 + i;
            SurveyState state = i < 2 ? SurveyState.CLOSED : SurveyState.OPEN;
            write(random, admin, Audience.STAFF, y, "Medarbetarenkät om samordnat arbete " + y, DemoQuestions.STAFF,
                    state, staff[i], i);
            write(random, admin, Audience.PARENTS, y, "Föräldraenkät " + y, DemoQuestions.PARENTS, state, parents[i], i);
        }
    }

    /** The demo codes printed for a survey of this year; none for other surveys. */
    List<String> unusedCodes(UUID surveyId) {
        return surveys.find(surveyId).filter(Survey::open)
                .map(s -> codes(s.audience(), s.year())).orElse(List.of());
    }

    private static List<String> codes(Audience audience, int year) {
        Random random = new Random(SEED + 1000L * audience.ordinal() + year);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < CODES; i++) {
            codes.add(OneTimeCode.from(random).value());
        }
        return codes;
    }

    private void write(Random random, UUID admin, Audience audience, int year, String title, List<Question> template,
                       SurveyState state, int responses, int improvement) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        surveys.insert(id, audience, year, title, admin);
        List<Question> questions = new ArrayList<>();
        for (Question q : template) {
            Question copy = new Question(new UUID(random.nextLong(), random.nextLong()), q.position(), q.key(), q.kind(),
                    q.text(), q.scaleLabels());
            surveys.insert(id, copy);
            questions.add(copy);
        }
        List<UUID> responseIds = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<UUID> answerResponses = new ArrayList<>();
        List<UUID> answerQuestions = new ArrayList<>();
        List<Integer> steps = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < responses; r++) {
            UUID response = new UUID(random.nextLong(), random.nextLong());
            responseIds.add(response);
            channels.add(audience == Audience.PARENTS && random.nextBoolean() ? "PAPER" : "CODE");
            for (Question q : questions) {
                if (q.likert()) {
                    // Centred a little above the middle, and a quarter step higher each year.
                    long step = Math.round(3.1 + 0.25 * improvement + random.nextGaussian());
                    answerResponses.add(response);
                    answerQuestions.add(q.id());
                    steps.add((int) Math.max(1, Math.min(5, step)));
                    texts.add(null);
                } else if (random.nextInt(3) == 0) {
                    answerResponses.add(response);
                    answerQuestions.add(q.id());
                    steps.add(null);
                    texts.add(FREE_TEXTS.get(random.nextInt(FREE_TEXTS.size())));
                }
            }
        }
        surveys.insertDemoResponses(id, responseIds, channels, answerResponses, answerQuestions, steps, texts);
        if (state == SurveyState.OPEN) {
            surveys.insertCodes(id, codes(audience, year).stream().map(OneTimeCode::hashOfTyped).toList());
        }
        surveys.changeState(id, state);
    }
}
