package se.helhet.investigation;

import java.time.Instant;

/** One area of the investigation: what is known, the child's own view, and the needs assessed. */
record AreaAssessment(BbicArea area, String description, String childView, String needs, String updatedBy,
                             Instant updatedAt, int version) {

    public boolean described() {
        return description != null && !description.isBlank();
    }
}
