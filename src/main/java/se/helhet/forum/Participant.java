package se.helhet.forum;

import java.util.UUID;

import se.helhet.common.ActorKind;

/** One who took part in a meeting: a member of staff ({@code staffId}) or someone of an external actor. */
record Participant(UUID staffId, ActorKind actorKind, String name, String role) {
}
