package se.helhet.trace;

import java.util.UUID;

/** The person whose data was touched: the id and the identity number (or reserve number) at that time. */
public record TracedPerson(UUID id, String reference) {
}
