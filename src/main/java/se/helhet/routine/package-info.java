/**
 * Routines with stops (hållplatser): an administrator writes a routine as data — the kinds of matter that, open
 * at the same time in one family, make it apply, and its stops, each a joint consultation (styrt samråd) of the
 * family's responsible workers before a gated event or within working days of the matching. When a matter is
 * opened and the family starts to match, the stops are created; each held consultation is recorded; a stop whose
 * gated event (the investigation plan, a decision, a commission to a provider, the follow-up) came first is
 * flagged, never blocked. The gated events are read from the other modules' tables in one query ({@code
 * StopQueries}, ADR 9). A stop is shown to those who may read one of the family's matters in it; every read and
 * write goes through {@code Matters} and the access log. Skarpnäck's routine for families who have lived with
 * violence in a close relationship ships as data.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"routine", "routine_stop", "routine_match", "routine_match_matter", "stop",
        "stop_consultation"})
package se.helhet.routine;
