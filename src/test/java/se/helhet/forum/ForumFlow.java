package se.helhet.forum;

import se.helhet.support.Api;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

/** A forum with a held meeting, made over the API as a social worker makes them. */
final class ForumFlow {

    private final int port;

    ForumFlow(int port) {
        this.port = port;
    }

    JsonNode forum(String name) {
        return forum(name, "socsek");
    }

    JsonNode forum(String name, String user) {
        return created(Api.as(port, user).post("/api/v1/forums", Api.json("""
                {'name': '%s', 'serves': 'Ekdalsskolan och förskolan Lärkan', 'recurrence': 'MONTHLY',
                 'schedule': 'Första tisdagen i månaden kl. 13–15'}""", name)));
    }

    JsonNode meeting(JsonNode forum, String heldOn) {
        return created(Api.as(port, "socsek").post("/api/v1/forums/" + forum.get("id").asString() + "/meetings",
                Api.json("""
                        {'heldOn': '%s', 'participants': [{'staffId': '%s', 'role': 'Socialsekreterare'},
                          {'actorKind': 'SCHOOL', 'name': 'Mira Holm', 'role': 'Kurator'},
                          {'actorKind': 'CHILD_HEALTH_CENTRE', 'name': 'Sam Lind', 'role': 'BVC-sjuksköterska'}]}""",
                        heldOn, StaffIds.of(port, "socsek"))));
    }

    String consultations(JsonNode meeting) {
        return "/api/v1/forums/" + meeting.get("forumId").asString() + "/meetings/" + meeting.get("id").asString()
                + "/consultations";
    }

    static String anonymousQuestion(String question) {
        return Api.json("""
                {'ageGroup': 'SCHOOL_AGE', 'broughtBy': 'Kurator, skolan', 'question': '%s',
                 'advice': 'Prata med vårdnadshavarna om oron.', 'actions': 'Kuratorn bjuder in till möte.',
                 'followUpBy': 'Kuratorn', 'followUpOn': '2027-01-12'}""", question);
    }

    private static JsonNode created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.json();
    }
}
