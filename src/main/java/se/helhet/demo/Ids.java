package se.helhet.demo;

import java.util.Random;
import java.util.UUID;

/**
 * Random (version 4 form) UUIDs from their own seeded stream, so that ids are reproducible and do not shift
 * when other choices in the generator change.
 */
final class Ids {

    private final Random random;

    Ids(long seed) {
        random = new Random(seed ^ 0x1D5L);
    }

    UUID next() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
