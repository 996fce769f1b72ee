package se.helhet.worktime;

/**
 * Minutes from counted case notes: in direct contact with a child, on home visits (shown beside, not
 * counted as direct contact) and all recorded minutes. The share is direct of recorded, null when nothing
 * was recorded.
 */
record TimeSpent(long directMinutes, long homeVisitMinutes, long recordedMinutes) {

    static final TimeSpent NONE = new TimeSpent(0, 0, 0);

    public TimeSpent {
        if (directMinutes < 0 || homeVisitMinutes < 0 || directMinutes + homeVisitMinutes > recordedMinutes) {
            throw new IllegalArgumentException("Direct and home-visit minutes are parts of the recorded minutes");
        }
    }

    public Double share() {
        return recordedMinutes == 0 ? null : (double) directMinutes / recordedMinutes;
    }

    TimeSpent plus(TimeSpent other) {
        return new TimeSpent(directMinutes + other.directMinutes, homeVisitMinutes + other.homeVisitMinutes,
                recordedMinutes + other.recordedMinutes);
    }
}
