package se.helhet.instrument;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.helhet.platform.FieldProblems;

/** Checks an administration and scores it, naming every wrong field at once. */
final class AdministrationRules {

    static final Set<String> LICENSED = Set.of("ESTER", "HOME");
    private static final Pattern SCORE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final int MAX_SCORES = 20;
    private static final int MAX_SCORE = 10_000;

    record Checked(String instrument, Informant informant, Sex sex, LocalDate administeredOn, TimePoint timePoint,
                   Map<String, Integer> scores, SdqResult.Bands bands, String band) {
    }

    private AdministrationRules() {
    }

    static Checked check(NewAdministration in, LocalDate today, LocalDate birthDate, InstrumentScoring scoring) {
        FieldProblems problems = new FieldProblems();
        String code = in.instrument() == null ? "" : in.instrument().trim();
        var instrument = Instruments.byCode(code);
        if (instrument.isEmpty() && !LICENSED.contains(code)) {
            problems.add("instrument", "instrument.problem.instrument");
        }
        Informant informant = in.informant() == null && !code.equals("SDQ") ? null : problems.oneOf(
                Informant.class, in.informant(), "informant", "instrument.problem.informant");
        boolean bySex = code.equals("AUDIT") || code.equals("DUDIT");
        Sex sex = in.sex() == null && !bySex ? null : problems.oneOf(Sex.class, in.sex(), "sex",
                "instrument.problem.sex");
        LocalDate on = date(in.administeredOn(), today, birthDate, problems);
        TimePoint timePoint = problems.oneOf(TimePoint.class, in.timePoint(), "timePoint",
                "instrument.problem.timePoint");
        if (LICENSED.contains(code)) {
            licensedScores(in, problems);
        } else if (instrument.isPresent()) {
            if (in.scores() != null) {
                problems.add("scores", "instrument.problem.scoresFromResponses");
            }
            if (in.impact() != null && !code.equals("SDQ")) {
                problems.add("impact", "instrument.problem.impactOnlySdq");
            }
            ResponseRules.check(instrument.get(), in.responses(), problems);
            if (code.equals("SDQ")) {
                SdqImpact.check(in.impact(), informant, problems);
            }
        }
        problems.refuseIfAny();
        return switch (code) {
            case "SDQ" -> {
                SdqResult sdq = scoring.sdq(informant, in.responses(), in.impact());
                yield new Checked(code, informant, sex, on, timePoint, sdqScores(sdq.scores()), sdq.bands(), null);
            }
            case "AUDIT", "DUDIT" -> {
                TotalResult total = scoring.total(instrument.get(), sex.name(), in.responses());
                yield new Checked(code, informant, sex, on, timePoint, Map.of("total", total.scores().total()), null,
                        total.band());
            }
            default -> new Checked(code, informant, sex, on, timePoint, Map.copyOf(in.scores()), null, null);
        };
    }

    private static void licensedScores(NewAdministration in, FieldProblems problems) {
        if (in.responses() != null || in.impact() != null) {
            problems.add("responses",
                    "instrument.problem.licensedScoresOnly");
        }
        if (in.scores() == null || in.scores().isEmpty() || in.scores().size() > MAX_SCORES) {
            problems.add("scores", "instrument.problem.scoreCount", MAX_SCORES);
            return;
        }
        in.scores().forEach((name, value) -> {
            if (name == null || !SCORE_NAME.matcher(name).matches()) {
                problems.add("scores", "instrument.problem.scoreName", String.valueOf(name));
            } else if (value == null || value < 0 || value > MAX_SCORE) {
                problems.add("scores." + name, "instrument.problem.scoreValue", String.valueOf(MAX_SCORE));
            }
        });
    }

    private static LocalDate date(String value, LocalDate today, LocalDate birthDate, FieldProblems problems) {
        LocalDate on = problems.date(value, "administeredOn");
        if (on != null && (on.isAfter(today) || (birthDate != null && on.isBefore(birthDate)))) {
            problems.add("administeredOn", "instrument.problem.administeredOn");
        }
        return on;
    }

    private static Map<String, Integer> sdqScores(SdqResult.Scores s) {
        // A LinkedHashMap: uncomputable scores are kept as null, in the order the API gives them.
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("emotional", s.emotional());
        scores.put("conduct", s.conduct());
        scores.put("hyperactivity", s.hyperactivity());
        scores.put("peer", s.peer());
        scores.put("prosocial", s.prosocial());
        scores.put("totalDifficulties", s.totalDifficulties());
        scores.put("externalising", s.externalising());
        scores.put("internalising", s.internalising());
        scores.put("impact", s.impact());
        return scores;
    }
}
