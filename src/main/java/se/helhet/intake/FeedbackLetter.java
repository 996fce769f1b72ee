package se.helhet.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import se.helhet.letter.Letter;

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
        String what = switch (status) {
            case INVESTIGATION_OPENED -> "Socialtjänsten har inlett en utredning.";
            case NOT_OPENED -> "Socialtjänsten har beslutat att inte inleda någon utredning.";
            case ALREADY_UNDER_WAY -> "Det pågår redan en utredning. Uppgifterna i er anmälan tas med i den.";
        };
        String to = (reporterName == null ? "Anmälaren" : reporterName) + (organisation == null ? "" : ", " + organisation);
        return new Letter("Återkoppling", today, List.of(to), List.of(
                Letter.Section.of(null, "Tack för er anmälan som kom in " + receivedOn + ". " + what,
                        "Socialtjänsten kan inte berätta mer om barnet eller familjen på grund av sekretess. "
                                + "Om ni får ny oro för barnet ska ni göra en ny anmälan.")),
                null, List.of("Med vänlig hälsning", from, "Socialtjänsten, mottagningen"));
    }
}
