package se.helhet.forum;

import java.util.UUID;

/** A forum as recorded: who runs it, the part of the district and the schools it serves, and when it meets. */
record Forum(UUID id, String name, UUID unitId, String unitName, UUID areaId, String serves, Recurrence recurrence,
             String schedule) {
}
