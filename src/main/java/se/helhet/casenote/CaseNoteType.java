package se.helhet.casenote;

/** What kind of contact or work a case note records; its words are {@code casenote.type.<NAME>} in the bundles. */
enum CaseNoteType {
    CONVERSATION_WITH_CHILD,
    HOME_VISIT,
    SCHOOL_CONTACT,
    CONSULTATION,
    PHONE,
    OTHER;

    String labelKey() {
        return "casenote.type." + name();
    }
}
