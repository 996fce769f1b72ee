package se.helhet.casenote;

/** What the signed notes of a matter say about contact with the child and the child's school. */
public record ChildContacts(boolean conversationWithChild, boolean schoolContact) {
}
