package se.helhet.casenote;

/** What kind of contact or work a case note records, with the words staff use for it. */
enum CaseNoteType {
    CONVERSATION_WITH_CHILD("Samtal med barnet"),
    HOME_VISIT("Hembesök"),
    SCHOOL_CONTACT("Kontakt med skola/förskola"),
    CONSULTATION("Konsultation"),
    PHONE("Telefon"),
    OTHER("Övrigt");

    private final String swedishName;

    CaseNoteType(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
