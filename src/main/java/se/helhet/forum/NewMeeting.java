package se.helhet.forum;

import java.util.List;
import java.util.UUID;

/** A held meeting as typed, with its participants: staff by id, others by actor kind, name and role. */
record NewMeeting(String heldOn, String notes, List<NewParticipant> participants) {

    record NewParticipant(UUID staffId, String actorKind, String name, String role) {
    }
}
