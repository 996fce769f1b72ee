package se.helhet.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns a case plan into rows of report, matter and the steps taken, and counts them. */
final class CaseRows {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final CsvChunk chunk;
    private final CaseCounts counts;
    private final LocalDate today;

    CaseRows(CsvChunk chunk, CaseCounts counts, LocalDate today) {
        this.chunk = chunk;
        this.counts = counts;
        this.today = today;
    }

    /**
     * The preliminary assessment's link to another actor, and most often a follow-up three weeks on. Drawn from
     * the matter's id rather than the generator, so that the rest of the history stays as it was.
     */
    private void referral(CasePlan.Report r, CasePlan.Matter m, CasePlan.Preliminary a) {
        UUID id = UUID.nameUUIDFromBytes(("referral:" + m.id()).getBytes(StandardCharsets.UTF_8));
        chunk.add(Table.REFERRAL, id, m.id(), r.id(), CaseTexts.actorKind(a.linkedActor()), a.linkedActor(),
                CaseTexts.referralPurpose(a.linkedActor()), a.decidedOn(), a.by(), a.recordedAt());
        LocalDate followedUp = a.decidedOn().plusDays(21);
        int draw = Math.floorMod(id.getLeastSignificantBits(), 10);
        if (followedUp.isAfter(today) || draw >= 8) {
            return;
        }
        boolean received = draw < 6;
        chunk.add(Table.REFERRAL_FOLLOW_UP, UUID.nameUUIDFromBytes(("follow-up:" + id).getBytes(StandardCharsets.UTF_8)),
                id, followedUp, received, received ? a.decidedOn().plusDays(7 + draw) : null,
                received ? "Familjen har kommit i kontakt och fått en första tid." : "Familjen har inte hört av sig dit än.",
                a.by(), followedUp.atTime(10, 0).atZone(ZONE).toOffsetDateTime());
    }

    void write(CasePlan plan) {
        var r = plan.report();
        String reasons = r.reasons().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
        chunk.add(Table.REPORT, r.id(), r.kind(), r.receivedAt(), r.category(), r.anonymous(), r.reporterName(),
                r.organisation(), r.contact(), reasons, r.description(), r.registeredBy(), r.registeredAt());
        counts.reports++;
        for (CasePlan.Matter m : plan.matters()) {
            matter(plan.report(), m);
        }
        var f = plan.feedback();
        if (f != null) {
            chunk.add(Table.REPORTER_FEEDBACK, r.id(), f.given(), f.status(), f.letter(), f.reason(), f.by(), f.at());
        }
    }

    /** An adult unit's open matter: no report, level, area or age at start (those are the child's matter's). */
    void adultMatter(AdultCases.AdultMatter m) {
        chunk.add(Table.MATTER, m.id(), m.kind(), m.personId(), m.unitId(), m.openedAt(), null, null, null,
                m.responsible(), null, null, false, m.responsible());
        counts.matters++;
        counts.openMatters++;
        counts.adultMatters++;
    }

    private void matter(CasePlan.Report r, CasePlan.Matter m) {
        chunk.add(Table.MATTER, m.id(), "CHILD_AND_YOUTH", m.childId(), m.unitId(), r.receivedAt(), m.closedOn(), m.closingReason(),
                m.level(), m.responsible(), m.areaAtStart(), m.ageAtStart(), m.reopened(), m.createdBy());
        counts.matters++;
        if (m.closedOn() == null) {
            counts.openMatters++;
        }
        for (var change : m.levels()) {
            chunk.add(Table.MATTER_LEVEL_CHANGE, m.id(), change.level(), change.at(), change.by(), change.reason());
        }
        chunk.add(Table.REPORT_CHILD, r.id(), m.childId(), m.id(), m.reopened());
        var p = m.protection();
        if (p != null) {
            chunk.add(Table.PROTECTION_ASSESSMENT, r.id(), m.childId(), p.at(), p.needed(), p.reasoning(), p.by());
        }
        var a = m.preliminary();
        if (a != null) {
            chunk.add(Table.PRELIMINARY_ASSESSMENT, r.id(), m.childId(), a.decidedOn(), a.outcome(), a.level(), null,
                    a.transferredTo(), a.reasoning(), a.by(), a.recordedAt());
            if (a.linkedActor() != null) {
                referral(r, m, a);
            }
        }
        var i = m.investigation();
        if (i == null) {
            return;
        }
        if (m.work() != null) {
            work(m, m.work());
        }
        chunk.add(Table.INVESTIGATION, i.id(), m.id(), r.id(), i.level(), i.level(), i.openedOn(), i.legalDue(),
                i.investigator(), i.closedOn(), i.recordedAt(), i.communicatedOn());
        counts.investigations++;
        var e = i.extension();
        if (e != null) {
            chunk.add(Table.INVESTIGATION_EXTENSION, i.id(), e.previousDue(), e.newDue(), e.reason(), e.by(), e.at());
        }
        var d = m.decision();
        if (d != null) {
            chunk.add(Table.DECISION, d.id(), i.id(), m.id(), d.outcome(), d.interventionCode(), d.reasons(),
                    d.decidedOn(), d.by(), d.outcome().equals("NOT_GRANTED"), d.letter(), d.recordedAt());
            if (d.outcome().equals("GRANTED")) {
                counts.granted++;
            }
        }
    }

    private void work(CasePlan.Matter m, CasePlan.Work work) {
        for (CasePlan.Note n : work.notes()) {
            chunk.add(Table.CASE_NOTE, n.id(), m.id(), n.type(), n.occurredOn(), n.minutes(), n.text(),
                    n.childInformed(), n.childViews(), n.noConversationReason(), n.schoolName(), n.author(),
                    n.signedAt().minusMinutes(10), n.signedAt());
            counts.notes++;
        }
        CasePlan.Help h = work.help();
        if (h == null) {
            return;
        }
        chunk.add(Table.INTERVENTION, h.id(), m.id(), m.childId(), h.code(), h.providerKind(), h.providerName(),
                h.responsible(), h.goals(), h.decisionId(), h.decidedOn(), h.state(), h.offeredOn(), h.acceptedOn(),
                h.declinedOn(), h.startedOn(), h.completedOn(), h.endedEarlyOn(), h.reason(), h.offeredBy());
        counts.interventions++;
        step(h, "OFFERED", h.offeredOn(), null);
        step(h, "ACCEPTED", h.acceptedOn(), null);
        step(h, "DECLINED", h.declinedOn(), h.reason());
        step(h, "STARTED", h.startedOn(), null);
        step(h, "COMPLETED", h.completedOn(), null);
        step(h, "ENDED_EARLY", h.endedEarlyOn(), h.reason());
    }

    private void step(CasePlan.Help h, String state, java.time.LocalDate on, String reason) {
        if (on != null) {
            // Recorded at four in the afternoon of the day, in the database session's time zone.
            chunk.add(Table.INTERVENTION_STEP, h.id(), state, on, reason, on.atTime(16, 0), h.responsible());
        }
    }
}
