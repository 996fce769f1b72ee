package se.helhet.forum;

import java.util.UUID;

/** A forum as typed; {@code unitId} left out means the unit of social services the user works in. */
record NewForum(String name, UUID unitId, UUID areaId, String serves, String recurrence, String schedule) {
}
