package se.helhet.instrument;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.helhet.platform.FieldProblems;

/**
 * Scores an instrument from raw answers without storing anything: it touches no personal data, so any
 * signed-in user may use it. Every wrong input is named at once.
 */
@Service
public class InstrumentScoring {

    public SdqResult sdq(String informant, List<Integer> responses, ImpactAnswers impact) {
        FieldProblems problems = new FieldProblems();
        Informant who = problems.oneOf(Informant.class, informant, "informant",
                "instrument.problem.informant.form");
        ResponseRules.check(Instruments.SDQ, responses, problems);
        SdqImpact.check(impact, who, problems);
        problems.refuseIfAny();
        return sdq(who, responses, impact);
    }

    SdqResult sdq(Informant informant, List<Integer> responses, ImpactAnswers impact) {
        Map<String, Integer> scores = Instruments.SDQ.score(responses);
        SdqResult.Scores all = SdqResult.Scores.of(scores, SdqImpact.score(impact));
        SdqNorms norms = SdqBands.of(informant);
        return new SdqResult(all, new SdqResult.Bands(SdqResult.BandSet.of(norms.threeBand(), all),
                SdqResult.BandSet.of(norms.fourBand(), all)));
    }

    public TotalResult audit(String sex, List<Integer> responses) {
        return total(Instruments.AUDIT, sex, responses);
    }

    public TotalResult dudit(String sex, List<Integer> responses) {
        return total(Instruments.DUDIT, sex, responses);
    }

    TotalResult total(Instrument instrument, String sex, List<Integer> responses) {
        FieldProblems problems = new FieldProblems();
        Sex checked = problems.oneOf(Sex.class, sex, "sex", "instrument.problem.sex.cutOffs");
        ResponseRules.check(instrument, responses, problems);
        problems.refuseIfAny();
        int total = instrument.score(responses).get("total");
        return new TotalResult(new TotalResult.Scores(total), CutOffs.of(instrument, checked).bandOf(total));
    }
}
