package se.helhet.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import se.helhet.letter.Letter;
import se.helhet.platform.UserTexts;

/**
 * The notice to a professional reporter. It says only what the law allows: whether an investigation was
 * opened, not opened, or is already under way — nothing of what the investigation found.
 */
public final class FeedbackLetter {

    private FeedbackLetter() {
    }

    static Letter content(Report report, ReporterFeedback.Status status, LocalDate today, ZoneId zone, String from) {
        return content(report.reporterName(), report.reporterOrganisation(),
                LocalDate.ofInstant(report.receivedAt(), zone), status, today, from);
    }

    /** The notice as plain text; public so the demo history writes exactly what Helhet writes. */
    public static String text(String reporterName, String organisation, LocalDate receivedOn,
                              ReporterFeedback.Status status, LocalDate today, String from) {
        return content(reporterName, organisation, receivedOn, status, today, from).text();
    }

    private static Letter content(String reporterName, String organisation, LocalDate receivedOn,
                                  ReporterFeedback.Status status, LocalDate today, String from) {
        String what = sv("intake.feedback-letter." + status.name());
        String to = (reporterName == null ? sv("intake.feedback-letter.reporter") : reporterName)
                + (organisation == null ? "" : ", " + organisation);
        return new Letter(sv("intake.feedback-letter.title"), today, List.of(to), List.of(
                Letter.Section.of(null, sv("intake.feedback-letter.thanks", receivedOn.toString(), what),
                        sv("intake.feedback-letter.secrecy"))),
                null, List.of(sv("intake.feedback-letter.regards"), from, sv("intake.feedback-letter.from")));
    }

    /** The letter goes to the reporter in Swedish, whatever language the worker's page is in. */
    private static String sv(String key, Object... args) {
        return UserTexts.text(UserTexts.SWEDISH, key, args);
    }
}
