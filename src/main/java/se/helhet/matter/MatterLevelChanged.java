package se.helhet.matter;

import java.util.UUID;

import se.helhet.common.Level;

/**
 * A matter's level was changed, published inside the changing transaction so that the work running in the matter
 * (a running investigation's level, its pilot goal and the red level's rules) follows from that moment.
 */
public record MatterLevelChanged(UUID matterId, Level level) {
}
