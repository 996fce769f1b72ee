package se.helhet.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import se.helhet.support.Answers;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.Placed;
import se.helhet.support.StaffIds;

/**
 * A child's case as the demo has them, with every record kind written once over the API: the report with an
 * attachment, the matter handed to the pilot team's social worker, an investigation with an area, signed and
 * draft notes, a proposed decision and the decision on it, an intervention, a consent, an SDQ and a SIP; a placed child reviewed by the placement
 * forum; and the demo's audit, key, survey and indicator.
 */
record MatrixCase(String childId, String reportId, String matterId, String investigationId, String decisionId,
                  String noteId, String draftId, String interventionId, String attachmentId, String auditId,
                  String auditedMatterId, String auditKeyId, String surveyId, String indicator, String socsekId,
                  String sdqForm, String consentId, String forumId, String meetingId, String referralId,
                  String sipId, String placementId, String placementMeetingId) {

    String today() {
        return LocalDate.now().toString();
    }

    static MatrixCase open(int port) {
        Api intake = Api.as(port, "mottagning");
        Api manager = Api.as(port, "chef");
        String today = LocalDate.now().toString();
        var opened = CaseFlow.investigated(port, 9, "Matris", "ORANGE");
        String matter = "/api/v1/matters/" + opened.matterId();

        var parent = created(intake.post("/api/v1/persons", Api.json(
                "{'givenName': 'Förälder', 'familyName': 'Matris', 'birthDate': '%s'}", LocalDate.now().minusYears(37))));
        ok(intake.post("/api/v1/persons/" + parent + "/relations", Api.json(
                "{'type': 'PARENT', 'relatedPersonId': '%s'}", opened.childId())), 204);
        ok(intake.post("/api/v1/persons/" + parent + "/relations", Api.json(
                "{'type': 'GUARDIAN', 'relatedPersonId': '%s'}", opened.childId())), 204);
        String socsek = StaffIds.of(port, "socsek");
        ok(manager.post(matter + "/responsible-worker", Api.json("{'responsibleWorkerId': '%s', 'version': %d}",
                socsek, manager.get(matter).json().get("version").asInt())), 204);

        var investigation = CaseFlow.investigation(port, opened.matterId());
        String investigationPath = "/api/v1/investigations/" + investigation.get("id").asString();
        ok(Api.as(port, "socsek").put(investigationPath + "/areas/HEALTH", Api.json(
                "{'description': 'Astma, går på kontroller.', 'childView': 'Jag mår bra.', 'needs': 'Inga.'}")), 200);
        ok(manager.post(investigationPath + "/investigator", Api.json("{'investigatorId': '%s', 'version': %d}",
                socsek, manager.get(investigationPath).json().get("version").asInt())), 200);
        ok(Api.as(port, "socsek").put(investigationPath + "/proposal", Api.json(
                "{'outcome': 'GRANTED', 'interventionCode': 'FAMILY_TREATMENT', 'reasons': 'Behov av stöd.'}")), 200);
        ok(Api.as(port, "socsek").post(investigationPath + "/proposal/submission", Api.json("{'version': 0}")), 200);
        String note = created(Api.as(port, "socsek").post(matter + "/case-notes", Api.json("""
                {'type': 'CONVERSATION_WITH_CHILD', 'occurredOn': '%s', 'minutesSpent': 45,
                 'text': 'Samtal i skolan.', 'childInformed': true, 'childViews': 'Jag vill bo kvar.'}""", today)));
        ok(Api.as(port, "socsek").post("/api/v1/case-notes/" + note + "/sign", "{}"), 200);
        String draft = created(intake.post(matter + "/case-notes", Api.json("""
                {'type': 'SCHOOL_CONTACT', 'occurredOn': '%s', 'minutesSpent': 20,
                 'text': 'Mentorn bekräftar frånvaro.', 'schoolName': 'Ekdalsskolan'}""", today)));
        ok(manager.post(investigationPath + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", today,
                manager.get(investigationPath).json().get("version").asInt())), 200);
        String decision = created(manager.post(investigationPath + "/decision", Api.json(
                "{'outcome': 'GRANTED', 'interventionCode': 'FAMILY_TREATMENT', 'reasons': 'Behov av stöd.'}")));
        String intervention = created(intake.post(matter + "/interventions", Api.json("""
                {'code': 'PARENTING_PROGRAMME', 'providerKind': 'INTERNAL', 'providerName': 'Familjebehandlarna',
                 'responsibleWorkerId': '%s', 'goals': 'Tryggare vardag.', 'decisionId': null, 'offeredOn': '%s'}""",
                StaffIds.of(port, "lena.falk"), today)));
        String consent = created(intake.post("/api/v1/consents", Consenting.consent(opened.childId(),
                java.util.List.of(parent), intake.get(matter).json().get("unitId").asString(), "SCHOOL_OUTCOMES")));
        created(intake.post("/api/v1/persons/" + opened.childId() + "/instrument-administrations", Api.json(
                "{'instrument': 'SDQ', 'informant': 'PARENT', 'administeredOn': '%s', 'timePoint': 'START', "
                        + "'matterId': '%s', 'responses': %s, 'impact': {'difficulties': 0}}", today,
                opened.matterId(), Answers.json(Answers.sdq(6, 3, 6, 2, 7)))));
        String attachment = attach(port, opened.reportId());
        String sip = created(Api.as(port, "socsek").post("/api/v1/sips", Api.json(
                "{'kind': 'SIP', 'personId': '%s', 'matterId': '%s', 'participants': []}", opened.childId(),
                opened.matterId())));
        var placed = Placed.child(port, 11, "Matrisplacerad", "FOSTER_HOME");
        String placementMeeting = created(manager.post("/api/v1/placement-forum/meetings", Api.json(
                "{'participantIds': ['%s'], 'reviews': [{'interventionId': '%s', 'discussed': 'Hemflytt planeras.'}]}",
                StaffIds.of(port, "chef"), placed.interventionId())));
        ok(intake.post("/api/v1/reports/" + opened.reportId() + "/feedback", "{\"given\": true}"), 201);

        Api auditor = Api.as(port, "granskare");
        String key = auditor.get("/api/v1/audit-keys").json().get(0).get("id").asString();
        String audit = created(auditor.post("/api/v1/audits", Api.json("""
                {'name': 'Matrisen', 'keyId': '%s', 'unitIds': [], 'area': 'ORDINARY', 'closedFrom': '2025-01-01',
                 'closedTo': '2025-12-31', 'level': null, 'sampleSize': 1, 'seed': 'matris'}""", key)));
        ok(auditor.post("/api/v1/audits/" + audit + "/sample", ""), 200);
        String audited = auditor.get("/api/v1/audits/" + audit + "/matters").json().get(0).get("matterId").asString();
        String referral = created(intake.post(matter + "/referrals", Api.json(
                "{'actorKind': 'CHILD_PSYCHIATRY', 'actorName': 'BUP Västra', 'purpose': 'Bedömning av oro'}")));
        Api worker = Api.as(port, "socsek");
        String forum = created(worker.post("/api/v1/forums", Api.json(
                "{'name': 'Matrisens forum', 'serves': 'Ekdalsskolan', 'recurrence': 'MONTHLY'}")));
        String meeting = created(worker.post("/api/v1/forums/" + forum + "/meetings", Api.json(
                "{'heldOn': '%s', 'participants': [{'actorKind': 'SCHOOL', 'name': 'Mira Holm'}]}", today)));
        created(worker.post("/api/v1/forums/" + forum + "/meetings/" + meeting + "/consultations", Api.json("""
                {'ageGroup': 'SCHOOL_AGE', 'broughtBy': 'Kurator', 'question': 'Ofta trött.', 'advice': 'Prata hemma.',
                 'followUpBy': 'Kuratorn'}""")));
        return new MatrixCase(opened.childId(), opened.reportId(), opened.matterId(), investigation.get("id").asString(),
                decision, note, draft, intervention, attachment, audit, audited,
                key,
                closedSurvey(manager),
                "REPORT_CHILD_KNOWN_BEFORE", socsek, "PARENT", consent, forum, meeting, referral, sip,
                placed.interventionId(), placementMeeting);
    }

    private static String closedSurvey(Api manager) {
        for (var survey : manager.get("/api/v1/surveys").json()) {
            if (survey.get("state").asString().equals("CLOSED")) {
                return survey.get("id").asString();
            }
        }
        throw new IllegalStateException("The demo has no closed survey");
    }

    private static String created(Api.Response response) {
        return ok(response, 201).json().get("id").asString();
    }

    private static Api.Response ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response;
    }

    private static String attach(int port, String reportId) {
        String boundary = "matrix-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anmalan.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
        String auth = Base64.getEncoder().encodeToString("mottagning:demo".getBytes(StandardCharsets.UTF_8));
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/reports/" + reportId + "/attachments"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", "Basic " + auth).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException(response.statusCode() + " " + response.body()));
            return location.substring(location.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
