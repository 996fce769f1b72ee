package se.helhet.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An audit as typed in the form or sent to the API; {@link AuditRules} reads it. A blank seed gets one drawn. */
record NewAudit(String name, String keyId, List<String> unitIds, String area, String closedFrom,
                       String closedTo, String level, String sampleSize, String seed) {

    /** A null among the units (as JSON can send) stays, for {@link AuditRules} to name, rather than failing here. */
    public NewAudit {
        unitIds = unitIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unitIds));
    }

    NewAudit withUnits(List<String> units) {
        return new NewAudit(name, keyId, units, area, closedFrom, closedTo, level, sampleSize, seed);
    }
}
