package se.helhet.audit;

import java.util.List;

/**
 * An audit's results per question over its reviewed matters; the comments only for those who may read them
 * (null otherwise). {@code suppressed}: the analyst is shown no numbers while fewer than five are reviewed.
 */
record AuditResults(Audit audit, List<QuestionResult> questions, List<AuditComment> comments,
                           boolean suppressed) {
}
