package se.helhet.person;

import java.util.UUID;

/** A part of the district. Pilot areas work the new way; ordinary areas are the control group. */
public record Area(UUID id, String code, String name, Kind kind) {

    public enum Kind { PILOT, ORDINARY }
}
