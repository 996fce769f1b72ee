package se.helhet.support;

/** A staff member's id as the API shows it: asked as that user of {@code /api/v1/me}. */
public final class StaffIds {

    private StaffIds() {
    }

    public static String of(int port, String username) {
        return Api.as(port, username).get("/api/v1/me").json().get("id").asString();
    }
}
