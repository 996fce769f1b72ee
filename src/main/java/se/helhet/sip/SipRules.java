package se.helhet.sip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.helhet.common.ActorKind;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterKind;
import se.helhet.platform.FieldProblems;

/**
 * Reads a plan's input field by field and names every problem at once. The Intern-SIP is Skärholmen's: offered to
 * young adults of 18 to 21 years who have a matter in an adult unit or financial aid, between the units of social
 * services only.
 */
final class SipRules {

    static final int YOUNGEST_FOR_INTERN_SIP = 18;
    static final int OLDEST_FOR_INTERN_SIP = 21;
    /** The adult units (vuxenenheten: addiction, social psychiatry, domestic violence) and financial aid. */
    static final Set<MatterKind> INTERN_SIP_MATTERS = Set.of(MatterKind.ADDICTION, MatterKind.SOCIAL_PSYCHIATRY,
            MatterKind.DOMESTIC_VIOLENCE, MatterKind.FINANCIAL_AID);
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_ACTION = 2_000;
    static final int MAX_REASON = 2_000;

    private SipRules() {
    }

    /** The kind and day offered, or null with the problems added. */
    static SipKind kind(String kind, FieldProblems problems) {
        return problems.oneOf(SipKind.class, kind, "kind", "sip.problem.kind.missing");
    }

    /**
     * The Intern-SIP's target group: the person's age on the day offered and a matter in an adult unit or financial
     * aid open that day, among the matters the worker may read.
     */
    static void internSipTargetGroup(int ageOnOffer, List<Matter> matters, LocalDate offeredOn, FieldProblems problems) {
        if (ageOnOffer < YOUNGEST_FOR_INTERN_SIP || ageOnOffer > OLDEST_FOR_INTERN_SIP) {
            problems.add("kind", "sip.problem.kind.internAge", ageOnOffer);
            return;
        }
        boolean inAdultUnit = matters.stream().anyMatch(m -> INTERN_SIP_MATTERS.contains(m.kind())
                && !m.openedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate().isAfter(offeredOn)
                && (m.closedOn() == null || !m.closedOn().isBefore(offeredOn)));
        if (!inAdultUnit) {
            problems.add("kind", "sip.problem.kind.internMatter");
        }
    }

    /** Each participant a known unit or an actor by kind and name; an Intern-SIP has units only. */
    static List<Participant> participants(List<SipInput.SipParticipantInput> given, Map<UUID, String> units,
                                          SipKind kind, FieldProblems problems) {
        List<Participant> read = new ArrayList<>();
        List<SipInput.SipParticipantInput> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            String field = "participants[" + i + "]";
            SipInput.SipParticipantInput p = all.get(i);
            if (p == null) {
                problems.add(field, "sip.problem.participant.missing");
            } else if (p.unitId() != null) {
                if (p.actorKind() != null || p.actorName() != null) {
                    problems.add(field, "sip.problem.participant.both");
                } else if (!units.containsKey(p.unitId())) {
                    problems.add(field + ".unitId", "sip.problem.participant.unit");
                } else {
                    read.add(Participant.unit(p.unitId(), units.get(p.unitId())));
                }
            } else if (kind == SipKind.INTERN_SIP) {
                problems.add(field, "sip.problem.participant.internUnit");
            } else {
                ActorKind actor = problems.oneOf(ActorKind.class, p.actorKind(), field + ".actorKind",
                        "sip.problem.participant.actorKind");
                String name = problems.required(p.actorName(), field + ".actorName", "sip.problem.participant.actorName", MAX_NAME);
                if (actor != null && name != null) {
                    read.add(Participant.actor(actor, name));
                }
            }
        }
        return read;
    }

    /** What the meeting agreed; null with the problems added when something is missing or wrong. */
    static Sip.Meeting meeting(SipInput.SipHold input, Map<UUID, String> units, SipKind kind, LocalDate today,
                               FieldProblems problems) {
        LocalDate heldOn = problems.happened(input.heldOn(), "heldOn", today);
        String needs = problems.required(input.needs(), "needs", "sip.problem.needs.missing", MAX_TEXT);
        String goals = problems.required(input.goals(), "goals", "sip.problem.goals.missing", MAX_TEXT);
        LocalDate followUpOn = FieldProblems.blank(input.followUpOn()) ? null : problems.date(input.followUpOn(), "followUpOn");
        if (followUpOn == null && !problems.has("followUpOn")) {
            problems.add("followUpOn", "sip.problem.followUpOn.missing");
        }
        List<SipAction> actions = actions(input.actions(), problems);
        List<Participant> added = participants(input.participants(), units, kind, problems);
        if (problems.isEmpty()) {
            return new Sip.Meeting(heldOn, needs, goals, actions, followUpOn, added);
        }
        return null;
    }

    private static List<SipAction> actions(List<SipInput.SipActionInput> given, FieldProblems problems) {
        List<SipInput.SipActionInput> all = given == null ? List.of() : given;
        if (all.isEmpty()) {
            problems.add("actions", "sip.problem.actions.missing");
        }
        List<SipAction> read = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String field = "actions[" + i + "]";
            SipInput.SipActionInput a = all.get(i);
            if (a == null) {
                problems.add(field, "sip.problem.actions.missing");
                continue;
            }
            String who = problems.required(a.who(), field + ".who", "sip.problem.action.who", MAX_NAME);
            String what = problems.required(a.what(), field + ".what", "sip.problem.action.what", MAX_ACTION);
            LocalDate by = FieldProblems.blank(a.byWhen()) ? null : problems.date(a.byWhen(), field + ".byWhen");
            if (by == null && !problems.has(field + ".byWhen")) {
                problems.add(field + ".byWhen", "sip.problem.action.byWhen");
            }
            if (who != null && what != null && by != null) {
                read.add(new SipAction(who, what, by));
            }
        }
        return read;
    }
}
