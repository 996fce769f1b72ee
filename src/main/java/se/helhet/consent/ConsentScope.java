package se.helhet.consent;

/** What a consent is for: the uses that rely on it ask for one of these. */
public enum ConsentScope {
    /** Another unit of the district may read the subject's matters (item 3 of need-to-know across units). */
    SHARE_MATTER_CONTENT,
    /** The social services may contact the recipients about the subject. */
    CONTACT,
    /** School attendance and results may be obtained from the school, for following up the help. */
    SCHOOL_OUTCOMES,
    /** The subject's situation may be brought with their identity to a collaboration forum. */
    FORUM_CONSULTATION
}
