package se.helhet.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting of a forum with those who took part; its consultations are read apart. */
record ForumMeeting(UUID id, UUID forumId, LocalDate heldOn, String notes, List<Participant> participants,
                    String recordedBy) {

    ForumMeeting {
        participants = List.copyOf(participants);
    }
}
