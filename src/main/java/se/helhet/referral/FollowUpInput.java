package se.helhet.referral;

/** A follow-up as typed; {@code followedUpOn} empty means today. */
record FollowUpInput(String followedUpOn, Boolean helpReceived, String helpReceivedOn, String note) {
}
