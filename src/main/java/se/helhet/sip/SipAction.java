package se.helhet.sip;

import java.time.LocalDate;

/** Who does what by when, as agreed at the meeting. */
record SipAction(String who, String what, LocalDate byWhen) {
}
