package se.helhet.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.intake.ConcernReason;
import se.helhet.intake.ReporterCategory;

/** One generated report and what became of each child's part of it, step by step; a null step is not done. */
record CasePlan(Report report, List<Matter> matters, Feedback feedback) {

    record Report(UUID id, String kind, ReporterCategory category, OffsetDateTime receivedAt,
                  OffsetDateTime registeredAt, boolean anonymous, String reporterName, String organisation,
                  String contact, List<ConcernReason> reasons, String description, UUID registeredBy) {

        boolean application() {
            return kind.equals("APPLICATION");
        }
    }

    /** The child's matter: reopened (and the child known before) when the child had an earlier matter. */
    record Matter(UUID id, UUID childId, UUID unitId, LocalDate closedOn, String closingReason, Level level,
                  UUID responsible, UUID areaAtStart, int ageAtStart, boolean reopened, UUID createdBy,
                  Protection protection, Preliminary preliminary, Investigation investigation, Decision decision,
                  List<LevelChange> levels, Work work) {

        Matter withWork(Work done) {
            return new Matter(id, childId, unitId, closedOn, closingReason, level, responsible, areaAtStart, ageAtStart,
                    reopened, createdBy, protection, preliminary, investigation, decision, levels, done);
        }

        /** The day the last step of the authority's work was taken, after which only an intervention runs. */
        LocalDate workEnded() {
            if (decision != null) {
                return decision.decidedOn();
            }
            return preliminary != null && investigation == null ? preliminary.decidedOn() : null;
        }
    }

    record Protection(OffsetDateTime at, boolean needed, String reasoning, UUID by) {
    }

    record Preliminary(LocalDate decidedOn, String outcome, Level level, String linkedActor, String transferredTo,
                       String reasoning, UUID by, OffsetDateTime recordedAt) {
    }

    record Investigation(UUID id, Level level, LocalDate openedOn, LocalDate legalDue, UUID investigator,
                         LocalDate closedOn, LocalDate communicatedOn, Extension extension,
                         OffsetDateTime recordedAt) {
    }

    record Extension(LocalDate previousDue, LocalDate newDue, String reason, UUID by, OffsetDateTime at) {
    }

    record Decision(UUID id, String outcome, String interventionCode, String reasons, LocalDate decidedOn,
                    UUID by, String letter, OffsetDateTime recordedAt) {
    }

    record LevelChange(Level level, OffsetDateTime at, UUID by, String reason) {
    }

    /** What the workers did in the matter beyond the authority's steps: signed case notes and the help given. */
    record Work(List<Note> notes, Help help) {
        static final Work NONE = new Work(List.of(), null);
    }

    /** A signed case note; the conversation and school fields only for their types. */
    record Note(UUID id, String type, LocalDate occurredOn, int minutes, String text, Boolean childInformed,
                String childViews, String noConversationReason, String schoolName, UUID author,
                OffsetDateTime signedAt) {
    }

    /** The intervention a granting decision led to, with the day of each step taken; a null day is not taken. */
    record Help(UUID id, String code, String providerKind, String providerName, UUID responsible, String goals,
                UUID decisionId, LocalDate decidedOn, LocalDate offeredOn, LocalDate acceptedOn, LocalDate declinedOn,
                LocalDate startedOn, LocalDate completedOn, LocalDate endedEarlyOn, String reason, UUID offeredBy) {

        String state() {
            return completedOn != null ? "COMPLETED" : endedEarlyOn != null ? "ENDED_EARLY" : startedOn != null
                    ? "STARTED" : declinedOn != null ? "DECLINED" : acceptedOn != null ? "ACCEPTED" : "OFFERED";
        }
    }

    record Feedback(boolean given, String status, String letter, String reason, UUID by, OffsetDateTime at) {
    }
}
