package se.helhet.referral;

/** A referral as typed: to which actor (kind and name), what for, and the day (today when left out). */
public record NewReferral(String actorKind, String actorName, String purpose, String referredOn) {

    /** Whether anything was typed: a form's empty referral fields mean no referral. */
    public boolean given() {
        return !(blank(actorKind) && blank(actorName) && blank(purpose));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
