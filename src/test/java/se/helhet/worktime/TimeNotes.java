package se.helhet.worktime;

import java.time.LocalDate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

/**
 * Hand-built case notes for time with children. They are written by the unit manager, who writes no note in
 * the demo history, in one of socsek's demo matters and dated back in it: so the manager's figure for such a
 * day holds exactly the notes a test wrote.
 */
final class TimeNotes {

    static final String HELD = """
            {'type': 'CONVERSATION_WITH_CHILD', 'occurredOn': '%s', 'minutesSpent': %d, 'text': 'Samtal i skolan.',
             'childInformed': true, 'childViews': 'Jag vill att det ska vara lugnt hemma.'}""";
    static final String NOT_HELD = """
            {'type': 'CONVERSATION_WITH_CHILD', 'occurredOn': '%s', 'minutesSpent': %d, 'text': 'Bokat samtal.',
             'noConversationReason': 'Barnet var sjukt och inte i skolan.'}""";
    static final String HOME_VISIT = """
            {'type': 'HOME_VISIT', 'occurredOn': '%s', 'minutesSpent': %d, 'text': 'Hembesök hos familjen.'}""";
    static final String PHONE = """
            {'type': 'PHONE', 'occurredOn': '%s', 'minutesSpent': %d, 'text': 'Telefonsamtal med vårdnadshavare.'}""";
    static final String SCHOOL = """
            {'type': 'SCHOOL_CONTACT', 'occurredOn': '%s', 'minutesSpent': %d, 'text': 'Samtal med mentorn.',
             'schoolName': 'Ekdalsskolan'}""";

    private final int port;
    final String matterId;
    /** The day socsek's investigation opened: in the matter, in the past, and a day no test writes on today. */
    final LocalDate opened;

    TimeNotes(int port) {
        this.port = port;
        JsonNode mine = Api.as(port, "socsek").get("/api/v1/worklists/mine").json();
        String matter = null;
        for (JsonNode row : mine) {
            if (!row.get("legal").isNull() && row.get("legal").get("overdue").asBoolean()) {
                matter = row.get("matterId").asString();
            }
        }
        this.matterId = matter;
        this.opened = LocalDate.parse(CaseFlow.investigation(port, matter).get("openedOn").asString());
    }

    /** A draft by the user on the day; returns it as written. */
    JsonNode draft(String user, String template, LocalDate on, int minutes) {
        return ok(Api.as(port, user).post("/api/v1/matters/" + matterId + "/case-notes",
                Api.json(template, on, minutes)));
    }

    JsonNode signed(String user, String template, LocalDate on, int minutes) {
        return sign(user, draft(user, template, on, minutes).get("id").asString());
    }

    JsonNode sign(String user, String noteId) {
        return ok(Api.as(port, user).post("/api/v1/case-notes/" + noteId + "/sign", "{}"));
    }

    JsonNode correction(String user, String noteId) {
        return ok(Api.as(port, user).post("/api/v1/case-notes/" + noteId + "/corrections", ""));
    }

    JsonNode revise(String user, JsonNode draft, String template, LocalDate on, int minutes) {
        String json = Api.json(template, on, minutes);
        json = json.substring(0, json.lastIndexOf('}')) + ", \"version\": " + draft.get("version").asInt() + "}";
        return ok(Api.as(port, user).put("/api/v1/case-notes/" + draft.get("id").asString(), json));
    }

    /**
     * The user's row for the day as the unit manager reads it (the same in every unit the user belongs to), or
     * null when the user is no case worker and recorded nothing that day.
     */
    JsonNode managerSees(String username, LocalDate day) {
        String id = StaffIds.of(port, username);
        JsonNode overview = ok(Api.as(port, "chef").get("/api/v1/time-with-children?from=" + day + "&to=" + day));
        for (JsonNode unit : overview.get("units")) {
            for (JsonNode worker : unit.get("workers")) {
                if (worker.get("workerId").asString().equals(id)) {
                    return worker;
                }
            }
        }
        return null;
    }

    JsonNode own(String user, LocalDate day) {
        return ok(Api.as(port, user).get("/api/v1/time-with-children?from=" + day + "&to=" + day)).get("own");
    }

    private static JsonNode ok(Api.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.json();
    }
}
