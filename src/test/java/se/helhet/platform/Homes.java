package se.helhet.platform;

import java.nio.file.Path;
import java.time.Duration;

/** Settings for a Helhet in demo mode on a HELHET_HOME of a test's own. */
final class Homes {

    private Homes() {
    }

    static HelhetProperties demo(Path home) {
        return new HelhetProperties(HelhetProperties.Mode.DEMO, home,
                new HelhetProperties.Database(null, "helhet_app", null, null, null),
                new HelhetProperties.Security(5, Duration.ofMinutes(1), Duration.ofHours(1)));
    }
}
