package se.helhet.worktime;

import java.util.UUID;

/** One worker's time for a period. */
record WorkerTime(UUID workerId, String name, TimeSpent time) {
}
