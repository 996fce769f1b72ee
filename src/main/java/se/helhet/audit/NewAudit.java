package se.helhet.audit;

import java.util.List;

/** An audit as typed in the form or sent to the API; {@link AuditRules} reads it. A blank seed gets one drawn. */
public record NewAudit(String name, String keyId, List<String> unitIds, String area, String closedFrom,
                       String closedTo, String level, String sampleSize, String seed) {

    public NewAudit {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}
