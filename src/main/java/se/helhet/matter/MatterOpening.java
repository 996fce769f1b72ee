package se.helhet.matter;

import java.util.UUID;

/** The child's matter a new report belongs to: a new one, or the open one it joins. */
public record MatterOpening(UUID matterId, boolean opened, boolean knownBefore) {
}
