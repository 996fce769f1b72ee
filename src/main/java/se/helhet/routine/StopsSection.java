package se.helhet.routine;

import java.util.List;

import org.springframework.stereotype.Component;

import se.helhet.person.FamilySection;

/** The family view's stops: every routine the family matches that the reader may see, with its stops. */
@Component
class StopsSection implements FamilySection {

    private final Stops stops;

    StopsSection(Stops stops) {
        this.stops = stops;
    }

    @Override
    public String key() {
        return "stops";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "routine/parts :: family";
    }

    @Override
    public Object contentFor(FamilyContext family) {
        List<FamilyStops> shown = stops.forMembers(family.memberIds());
        return shown.isEmpty() ? null : shown;
    }
}
