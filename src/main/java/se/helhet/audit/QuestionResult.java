package se.helhet.audit;

/**
 * One question's answers over the reviewed matters of an audit. The shares of yes, partly and no are of the
 * matters where the question applied: not applicable is counted but left out of the denominator. A scale
 * question has the number of values given and their mean.
 */
record QuestionResult(Question question, long yes, long partly, long no, long notApplicable, long scaled,
                             Double mean) {

    /** The denominator of the shares: yes, partly and no. */
    public long applicable() {
        return yes + partly + no;
    }

    public Double yesShare() {
        return share(yes);
    }

    public Double partlyShare() {
        return share(partly);
    }

    public Double noShare() {
        return share(no);
    }

    private Double share(long count) {
        return applicable() == 0 ? null : (double) count / applicable();
    }
}
