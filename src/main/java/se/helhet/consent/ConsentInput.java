package se.helhet.consent;

import java.util.List;

/**
 * A consent as typed or sent: ids, kinds and dates as text, so that every wrong value is named by its field. A
 * recipient is a unit ({@code unitId}) or an outside actor ({@code actorKind} and {@code actorName}).
 */
record ConsentInput(String subjectId, List<String> givenBy, List<RecipientInput> recipients, List<String> scopes,
                    String validFrom, String validTo, String form) {

    record RecipientInput(String unitId, String actorKind, String actorName) {
    }
}
