package se.helhet.trace;

import java.util.UUID;

import se.helhet.access.CurrentUser;

/**
 * One access-log row as the reader hands it over: who, what and from where. Its moment and its link are given when
 * it joins the chain. {@code consentId}: the consent the read relied on, null when it relied on none.
 */
record TraceRow(CurrentUser user, TracedAction action, String recordType, String recordId, TracedPerson person,
                String channel, UUID consentId) {
}
