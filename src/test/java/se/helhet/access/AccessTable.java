package se.helhet.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The table: users, the groups that share an answer, and a row per record kind and address. */
final class AccessTable {

    /** A role in each kind of unit: intake, the pilot team, the ordinary investigation team, adult units. */
    static final List<String> USERS = List.of("mottagning", "socsek", "chef", "granskare", "anna.berg", "vuxen",
            "hodan.farah", "analytiker", "admin");
    /** Those who work in the child's matter (intake, the responsible worker's team, their manager) and the file
     * auditor, who reads across units. */
    static final Set<String> READERS = Set.of("mottagning", "socsek", "chef", "granskare");

    private static final int OK = 200;
    private static final int REFUSED = 403;
    private static final int MOVED = 302;

    private final List<AccessRow> rows = new ArrayList<>();

    static List<AccessRow> rows(MatrixCase c) {
        AccessTable t = new AccessTable();
        String person = "/api/v1/persons/" + c.childId();
        t.api("person", "/api/v1/persons/{id}", person, READERS);
        t.api("family", "/api/v1/persons/{id}/family", person + "/family", READERS);
        t.api("family", "/api/v1/families/{personId}", "/api/v1/families/" + c.childId(), READERS);
        t.api("area", "/api/v1/persons/{id}/areas", person + "/areas", READERS);
        t.api("instrument administration", "/api/v1/persons/{id}/instrument-administrations",
                person + "/instrument-administrations", READERS);
        String report = "/api/v1/reports/" + c.reportId();
        t.api("report", "/api/v1/reports/{id}", report, READERS);
        t.api("attachment", "/api/v1/reports/{id}/attachments", report + "/attachments", READERS);
        t.api("attachment", "/api/v1/reports/{id}/attachments/{attachmentId}",
                report + "/attachments/" + c.attachmentId(), READERS);
        t.api("preliminary contact", "/api/v1/reports/{id}/children/{childId}/contacts",
                report + "/children/" + c.childId() + "/contacts", READERS);
        t.api("feedback", "/api/v1/reports/{id}/feedback", report + "/feedback", READERS);
        String matter = "/api/v1/matters/" + c.matterId();
        t.api("matter", "/api/v1/matters/{id}", matter, READERS);
        t.api("timeline", "/api/v1/matters/{id}/timeline", matter + "/timeline", READERS);
        t.api("investigation", "/api/v1/matters/{matterId}/investigations", matter + "/investigations", READERS);
        t.api("investigation", "/api/v1/investigations/{id}", "/api/v1/investigations/" + c.investigationId(),
                READERS);
        t.api("area of investigation", "/api/v1/investigations/{id}/areas",
                "/api/v1/investigations/" + c.investigationId() + "/areas", READERS);
        t.api("proposed decision", "/api/v1/investigations/{id}/proposal",
                "/api/v1/investigations/" + c.investigationId() + "/proposal", READERS);
        t.api("decision", "/api/v1/decisions/{id}", "/api/v1/decisions/" + c.decisionId(), READERS);
        t.api("case note", "/api/v1/matters/{matterId}/case-notes", matter + "/case-notes", READERS);
        t.api("case note", "/api/v1/matters/{matterId}/case-notes/summary", matter + "/case-notes/summary",
                READERS);
        t.api("case note", "/api/v1/case-notes/{id}", "/api/v1/case-notes/" + c.noteId(), READERS);
        t.api("intervention", "/api/v1/matters/{matterId}/interventions", matter + "/interventions", READERS);
        t.api("intervention", "/api/v1/interventions/{id}", "/api/v1/interventions/" + c.interventionId(),
                READERS);
        t.api("consent", "/api/v1/persons/{id}/consents", person + "/consents", READERS);
        t.api("consent", "/api/v1/consents/{id}", "/api/v1/consents/" + c.consentId(), READERS);
        t.api("outcome", "/api/v1/matters/{matterId}/school-outcomes", matter + "/school-outcomes", READERS);
        t.api("outcome", "/api/v1/matters/{matterId}/school-outcomes/follow-up",
                matter + "/school-outcomes/follow-up", READERS);
        t.api("outcome", "/api/v1/matters/{matterId}/coordinated-support-answers",
                matter + "/coordinated-support-answers", READERS);
        t.api("referral", "/api/v1/matters/{matterId}/referrals", matter + "/referrals", READERS);
        t.api("referral", "/api/v1/referrals/{id}", "/api/v1/referrals/" + c.referralId(), READERS);
        String forum = "/api/v1/forums/" + c.forumId();
        Set<String> forumUsers = Set.of("socsek", "chef", "anna.berg", "vuxen", "hodan.farah");
        t.api("forum", "/api/v1/forums/{id}", forum, forumUsers, false);
        t.api("forum", "/api/v1/forums/{id}/meetings", forum + "/meetings", forumUsers, false);
        t.api("forum", "/api/v1/forums/{id}/meetings/{meetingId}", forum + "/meetings/" + c.meetingId(), forumUsers,
                false);
        t.api("forum", "/api/v1/forums/{id}/meetings/{meetingId}/consultations",
                forum + "/meetings/" + c.meetingId() + "/consultations", forumUsers, false);
        t.api("sip", "/api/v1/sips/{id}", "/api/v1/sips/" + c.sipId(), READERS);
        t.api("sip", "/api/v1/persons/{id}/sips", person + "/sips", READERS);
        // The placement forum is the children and youth units' own; a placed child follows its matter (intake's).
        Set<String> placementForum = Set.of("socsek", "chef", "anna.berg");
        t.api("placement", "/api/v1/placement-forum/placements/{interventionId}",
                "/api/v1/placement-forum/placements/" + c.placementId(), Set.of("chef"));
        t.api("placement forum meeting", "/api/v1/placement-forum/meetings/{id}",
                "/api/v1/placement-forum/meetings/" + c.placementMeetingId(), placementForum, false);
        String audit = "/api/v1/audits/" + c.auditId();
        Set<String> audits = Set.of("granskare", "chef", "analytiker");
        t.api("audit", "/api/v1/audits/{id}", audit, audits, false);
        t.api("audit", "/api/v1/audits/{id}/results", audit + "/results", audits, false);
        t.api("audit", "/api/v1/audits/{id}/matters", audit + "/matters", Set.of("granskare", "chef"), true);
        t.api("audit", "/api/v1/audits/{id}/matters/{matterId}/answers",
                audit + "/matters/" + c.auditedMatterId() + "/answers", Set.of("granskare", "chef"), true);
        t.api("audit key", "/api/v1/audit-keys/{id}", "/api/v1/audit-keys/" + c.auditKeyId(), audits, false);
        String survey = "/api/v1/surveys/" + c.surveyId();
        Set<String> surveys = Set.of("chef", "analytiker", "admin");
        t.api("survey", "/api/v1/surveys/{id}", survey, surveys, false);
        t.api("survey", "/api/v1/surveys/{id}/results", survey + "/results", surveys, false);
        t.api("indicator drill-down", "/api/v1/indicators/{code}/matters",
                "/api/v1/indicators/" + c.indicator() + "/matters?from=" + c.today() + "&to=" + c.today(), Set.of("chef"), true);
        t.api("indicator", "/api/v1/indicators/{code}/trend", "/api/v1/indicators/" + c.indicator() + "/trend?from=" + c.today() + "&to=" + c.today(),
                Set.of("chef", "analytiker"), false);
        t.api("time with children", "/api/v1/time-with-children/workers/{workerId}",
                "/api/v1/time-with-children/workers/" + c.socsekId(), Set.of("socsek", "chef"), false);
        t.api("item texts", "/api/v1/instruments/{code}/forms/{form}/item-texts",
                "/api/v1/instruments/SDQ/forms/" + c.sdqForm() + "/item-texts",
                Set.of("mottagning", "socsek", "chef", "anna.berg", "vuxen", "hodan.farah", "admin"), false);

        String file = "/arenden/" + c.matterId();
        t.page("matter", "/arenden/{id}", file, READERS, true);
        t.page("investigation", "/arenden/{id}/utredning", file + "/utredning", READERS, true);
        t.page("investigation", "/arenden/{id}/utredning/{investigationId}/brev.pdf",
                file + "/utredning/" + c.investigationId() + "/brev.pdf", READERS, true);
        t.page("decision", "/arenden/{id}/beslut/{decisionId}/brev.pdf",
                file + "/beslut/" + c.decisionId() + "/brev.pdf", READERS, true);
        t.page("intervention", "/arenden/{matterId}/insatser", file + "/insatser", READERS, true);
        t.page("case note", "/arenden/{matterId}/anteckningar", file + "/anteckningar", READERS, true);
        t.page("case note", "/arenden/{matterId}/anteckningar/{id}/andra",
                file + "/anteckningar/" + c.draftId() + "/andra", Set.of("mottagning"), true);
        t.page("outcome", "/arenden/{matterId}/utfall", file + "/utfall", READERS, true);
        t.page("instrument administration", "/arenden/{matterId}/utfall/sdq", file + "/utfall/sdq", READERS, true);
        t.page("referral", "/arenden/{matterId}/lankningar", file + "/lankningar", READERS, true);
        t.page("forum", "/samverkansforum/{id}", "/samverkansforum/" + c.forumId(), forumUsers, false);
        t.page("forum", "/samverkansforum/{id}/moten/{meetingId}",
                "/samverkansforum/" + c.forumId() + "/moten/" + c.meetingId(), forumUsers, false);
        t.page("report", "/anmalningar/{id}", "/anmalningar/" + c.reportId(), READERS, true);
        t.page("feedback", "/anmalningar/{id}/aterkoppling.pdf", "/anmalningar/" + c.reportId() + "/aterkoppling.pdf",
                READERS, true);
        t.page("attachment", "/anmalningar/{id}/bilagor/{attachmentId}",
                "/anmalningar/" + c.reportId() + "/bilagor/" + c.attachmentId(), READERS, true);
        t.page("person", "/personer/{id}", "/personer/" + c.childId(), READERS, true);
        t.redirect("family", "/personer/{id}/familj", "/personer/" + c.childId() + "/familj");
        t.page("family", "/familjer/{personId}", "/familjer/" + c.childId(), READERS, true);
        t.page("consent", "/personer/{id}/samtycken", "/personer/" + c.childId() + "/samtycken", READERS, true);
        t.page("consent", "/personer/{id}/samtycken/{consentId}/aterkalla",
                "/personer/" + c.childId() + "/samtycken/" + c.consentId() + "/aterkalla", READERS, true);
        t.page("sip", "/personer/{personId}/sip", "/personer/" + c.childId() + "/sip", READERS, true);
        t.page("sip", "/sip/{id}", "/sip/" + c.sipId(), READERS, true);
        t.page("placement", "/placeringsforum/placeringar/{interventionId}",
                "/placeringsforum/placeringar/" + c.placementId(), Set.of("chef"), true);
        t.page("placement forum meeting", "/placeringsforum/moten/{id}", "/placeringsforum/moten/" + c.placementMeetingId(),
                placementForum, false);
        t.page("audit", "/aktgranskning/{id}", "/aktgranskning/" + c.auditId(), audits, false);
        t.page("audit", "/aktgranskning/{id}/resultat", "/aktgranskning/" + c.auditId() + "/resultat", audits,
                false);
        t.page("audit", "/aktgranskning/{id}/arenden/{matterId}",
                "/aktgranskning/" + c.auditId() + "/arenden/" + c.auditedMatterId(), Set.of("granskare", "chef"), true);
        t.page("audit key", "/aktgranskning/nycklar/{id}/ny-version",
                "/aktgranskning/nycklar/" + c.auditKeyId() + "/ny-version", Set.of("granskare", "chef"), false);
        t.page("survey", "/enkater/{id}", "/enkater/" + c.surveyId(), surveys, false);
        t.page("survey", "/enkater/{id}/resultat", "/enkater/" + c.surveyId() + "/resultat", surveys, false);
        t.page("survey", "/enkater/{id}/papper", "/enkater/" + c.surveyId() + "/papper", Set.of("chef", "admin"),
                false);
        t.page("indicator", "/uppfoljning/indikator/{code}", "/uppfoljning/indikator/" + c.indicator(),
                Set.of("chef", "analytiker"), false);
        t.page("indicator", "/uppfoljning/indikator/{code}.csv", "/uppfoljning/indikator/" + c.indicator() + ".csv",
                Set.of("chef", "analytiker"), false);
        t.page("indicator drill-down", "/uppfoljning/indikator/{code}/arenden",
                "/uppfoljning/indikator/" + c.indicator() + "/arenden?from=" + c.today() + "&to=" + c.today(),
                    Set.of("chef"), true);
        t.page("time with children", "/tid-med-barn/medarbetare/{workerId}",
                "/tid-med-barn/medarbetare/" + c.socsekId(), Set.of("socsek", "chef"), false);
        t.page("staff account", "/admin/anvandare/{id}", "/admin/anvandare/" + c.socsekId(), Set.of("admin"), false);
        t.page("log review", "/admin/logg", "/admin/logg?anvandare=mottagning", Set.of("admin"), true);
        t.page("log review", "/admin/logg.csv", "/admin/logg.csv?anvandare=mottagning", Set.of("admin"), true);
        return t.rows;
    }

    private void api(String kind, String template, String path, Set<String> allowed) {
        api(kind, template, path, allowed, true);
    }

    private void api(String kind, String template, String path, Set<String> allowed, boolean personal) {
        rows.add(new AccessRow(kind, template, path, false, personal, answers(allowed)));
    }

    private void page(String kind, String template, String path, Set<String> allowed, boolean personal) {
        rows.add(new AccessRow(kind, template, path, true, personal, answers(allowed)));
    }

    /** An old address that leads everyone to its new one, which answers as its own row says. */
    private void redirect(String kind, String template, String path) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        USERS.forEach(u -> answers.put(u, MOVED));
        rows.add(new AccessRow(kind, template, path, true, false, answers));
    }

    private static Map<String, Integer> answers(Set<String> allowed) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        USERS.forEach(u -> answers.put(u, allowed.contains(u) ? OK : REFUSED));
        return answers;
    }
}
