package se.helhet.demo;

/** What the case history holds, for the log line. */
final class CaseCounts {

    long reports;
    long matters;
    long investigations;
    long granted;
    long openMatters;
    long adultMatters;
    long notes;
    long interventions;
    long nanos;

    @Override
    public String toString() {
        return PostgresCopy.grouped(reports) + " anmälningar, " + PostgresCopy.grouped(matters) + " ärenden, "
                + PostgresCopy.grouped(investigations) + " utredningar, " + PostgresCopy.grouped(granted)
                + " beviljade insatser, " + PostgresCopy.grouped(openMatters) + " öppna ärenden (" + PostgresCopy.grouped(adultMatters)
                + " i vuxenenheterna), "
                + PostgresCopy.grouped(notes) + " journalanteckningar, " + PostgresCopy.grouped(interventions)
                + " insatser";
    }
}
