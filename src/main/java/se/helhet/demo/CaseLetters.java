package se.helhet.demo;

import java.time.LocalDate;
import java.util.Map;

import se.helhet.intake.FeedbackLetter;
import se.helhet.intake.ReporterFeedback;
import se.helhet.investigation.Decision;
import se.helhet.investigation.DecisionOutcome;
import se.helhet.investigation.DecisionTexts;

/**
 * Decision letters and feedback notices for the demo history, written by the product's own texts; here
 * only the catalogue's names as they read in a sentence.
 */
final class CaseLetters {

    static final Map<String, String> INTERVENTIONS = Map.of(
            "FAMILY_TREATMENT", "familjebehandling",
            "YOUTH_TREATMENT_WITH_SCHOOL", "ungdomsbehandling i samverkan med skolan",
            "CONTACT_PERSON", "en kontaktperson",
            "CONTACT_FAMILY", "en kontaktfamilj",
            "YOUTH_CRIME_SUPPORT", "stöd till barn som har begått brott",
            "FOSTER_HOME", "placering i familjehem",
            "RESIDENTIAL_CARE", "placering på HVB (hem för vård eller boende)");

    private CaseLetters() {
    }

    static String decision(String outcome, String code, String reasons, String childName, LocalDate decidedOn,
                           String decidedBy) {
        return DecisionTexts.letter(Decision.Outcome.of(DecisionOutcome.valueOf(outcome), code), INTERVENTIONS::get,
                reasons, childName, decidedOn, decidedBy);
    }

    static String feedback(CasePlan.Report report, String status, LocalDate on, String from) {
        return FeedbackLetter.text(report.reporterName(), report.organisation(), report.receivedAt().toLocalDate(),
                ReporterFeedback.Status.valueOf(status), on, from);
    }
}
