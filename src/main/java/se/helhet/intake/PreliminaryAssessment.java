package se.helhet.intake;

import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.Level;

record PreliminaryAssessment(UUID reportId, UUID childId, LocalDate decidedOn, PreliminaryOutcome outcome,
                                    Level level, String openIntervention, String linkedActor, String transferredTo,
                                    String reasoning, String decidedBy) {
}
