package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.letter.Letter;
import se.helhet.letter.LetterFile;
import se.helhet.letter.LetterKind;
import se.helhet.letter.Letters;
import se.helhet.letter.SentLetter;
import se.helhet.matter.Matters;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;

/**
 * Feedback to a professional reporter (återkoppling): whether an investigation was opened, not opened, or
 * is already under way — or a recorded decision not to give it, when that would not be in the child's
 * interest. Kept on the report either way.
 */
@Service
class Feedback {

    private final Reports reports;
    private final ReportRepository repository;
    private final Matters matters;
    private final FeedbackRepository feedback;
    private final CurrentUsers currentUsers;
    private final Letters letters;
    private final Clock clock;

    Feedback(Reports reports, ReportRepository repository, Matters matters, FeedbackRepository feedback,
             CurrentUsers currentUsers, Letters letters, Clock clock) {
        this.letters = letters;
        this.reports = reports;
        this.repository = repository;
        this.matters = matters;
        this.feedback = feedback;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public Optional<ReporterFeedback> of(UUID reportId) {
        reports.read(reportId, "feedback");
        return recorded(reportId);
    }

    /** The letter to the reporter as sent, read as the feedback is read: checked and traced under the report. */
    Optional<LetterFile> letterPdf(UUID reportId) {
        return of(reportId).flatMap(f -> letters.pdf(LetterKind.REPORTER_FEEDBACK, reportId));
    }

    /** The letter sent with feedback already read. */
    Optional<SentLetter> letter(UUID reportId) {
        return letters.sent(LetterKind.REPORTER_FEEDBACK, reportId);
    }

    /** The stored feedback; the caller has read (and logged) the report. */
    private Optional<ReporterFeedback> recorded(UUID reportId) {
        return feedback.forReport(reportId);
    }

    @Transactional
    public ReporterFeedback record(UUID reportId, boolean give, String reason) {
        CurrentUser user = currentUsers.require();
        Report report = reports.whole(reportId, "report");
        report.children().forEach(c -> matters.workable(c.matterId()));
        if (!report.reporterCategory().professional() || report.anonymous()) {
            throw new InvalidInputException("given", "intake.problem.feedback.not-professional");
        }
        if (recorded(reportId).isPresent()) {
            throw new ConflictException("intake.conflict.feedback.recorded");
        }
        List<Optional<PreliminaryAssessment>> assessments = report.children().stream()
                .map(c -> repository.preliminary(reportId, c.childId())).toList();
        if (report.kind() != ReportKind.APPLICATION && assessments.stream().anyMatch(Optional::isEmpty)) {
            throw new InvalidInputException("given", "intake.problem.feedback.not-assessed");
        }
        String why = FieldProblems.trim(reason);
        if (!give && why == null) {
            throw new InvalidInputException("reason", "intake.problem.feedback.reason.missing");
        }
        ReporterFeedback.Status status = give ? status(report, assessments) : null;
        Letter letter = give ? FeedbackLetter.content(report, status, LocalDate.now(clock), clock.getZone(),
                user.displayName()) : null;
        feedback.insert(reportId, give, status, letter == null ? null : letter.text(), give ? null : why, user.id());
        if (letter != null) {
            letters.send(LetterKind.REPORTER_FEEDBACK, reportId, letter);
        }
        return recorded(reportId).orElseThrow();
    }

    private static ReporterFeedback.Status status(Report report, List<Optional<PreliminaryAssessment>> assessments) {
        if (report.kind() == ReportKind.APPLICATION
                || assessments.stream().flatMap(Optional::stream)
                .anyMatch(a -> a.outcome() instanceof PreliminaryAssessment.OpenInvestigation)) {
            return ReporterFeedback.Status.INVESTIGATION_OPENED;
        }
        if (assessments.stream().flatMap(Optional::stream)
                .anyMatch(a -> a.outcome() instanceof PreliminaryAssessment.JoinInvestigation)) {
            return ReporterFeedback.Status.ALREADY_UNDER_WAY;
        }
        return ReporterFeedback.Status.NOT_OPENED;
    }
}
