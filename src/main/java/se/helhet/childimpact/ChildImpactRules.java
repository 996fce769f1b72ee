package se.helhet.childimpact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.helhet.matter.MatterKind;
import se.helhet.platform.FieldProblems;

/** An analysis as typed, checked field by field, every problem named at once. */
final class ChildImpactRules {

    /**
     * The analysis as typed: the writer's own parts in {@code consequences} (matters they may work in), and the
     * other matters of the family it covers in {@code invited}, named by person and kind as the family view shows
     * them (one open matter per person and kind), whose workers write their own parts.
     */
    record AnalysisInput(String childId, String madeOn, List<String> participantIds, String situation,
                         String childViews, String howHeard, List<ConsequenceInput> consequences,
                         List<InvitationInput> invited, String jointAssessment, CommissionInput commission) {
    }

    record ConsequenceInput(String matterId, String plannedDecision, String consequence) {
    }

    record InvitationInput(String personId, String kind) {
    }

    /** One matter's part as typed by a worker of that matter. */
    record PartInput(String plannedDecision, String consequence) {
    }

    record CommissionInput(String providerName, String commissionedOn, String childNeeds, String adultNeeds) {

        boolean blank() {
            return FieldProblems.blank(providerName) && FieldProblems.blank(childNeeds)
                    && FieldProblems.blank(adultNeeds);
        }
    }

    record Checked(UUID childId, LocalDate madeOn, List<UUID> participantIds, String situation, String childViews,
                   String howHeard, List<CheckedConsequence> consequences, List<CheckedInvitation> invited,
                   String jointAssessment, ChildImpactAnalysis.Commission commission) {
    }

    record CheckedConsequence(UUID matterId, String plannedDecision, String consequence) {
    }

    record CheckedInvitation(UUID personId, MatterKind kind) {
    }

    private ChildImpactRules() {
    }

    static Checked check(AnalysisInput input, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        UUID child = problems.requiredId(input.childId(), "childId", "childimpact.problem.childId.missing");
        LocalDate madeOn = problems.happened(input.madeOn(), "madeOn", today);
        List<UUID> participants = new ArrayList<>();
        for (String p : input.participantIds() == null ? List.<String>of() : input.participantIds()) {
            UUID id = FieldProblems.blank(p) ? null : problems.requiredId(p, "participantIds", "childimpact.problem.participantIds.unknown");
            if (id != null && !participants.contains(id)) {
                participants.add(id);
            }
        }
        if (participants.isEmpty() && !problems.has("participantIds")) {
            problems.add("participantIds", "childimpact.problem.participantIds.missing");
        }
        String situation = problems.required(input.situation(), "situation", "childimpact.problem.situation.missing", 20_000);
        String views = problems.required(input.childViews(), "childViews", "childimpact.problem.childViews.missing", 20_000);
        String heard = problems.required(input.howHeard(), "howHeard", "childimpact.problem.howHeard.missing", 5000);
        String assessment = problems.required(input.jointAssessment(), "jointAssessment",
                "childimpact.problem.jointAssessment.missing", 20_000);
        List<CheckedConsequence> consequences = new ArrayList<>();
        List<ConsequenceInput> typed = input.consequences() == null ? List.of() : input.consequences();
        for (int i = 0; i < typed.size(); i++) {
            ConsequenceInput c = typed.get(i);
            if (c == null || (FieldProblems.blank(c.plannedDecision()) && FieldProblems.blank(c.consequence()))) {
                continue;
            }
            String field = "consequences[" + i + "].";
            UUID matter = problems.requiredId(c.matterId(), field + "matterId", "childimpact.problem.matterId.missing");
            String planned = problems.required(c.plannedDecision(), field + "plannedDecision",
                    "childimpact.problem.plannedDecision.missing", 2000);
            String consequence = problems.required(c.consequence(), field + "consequence",
                    "childimpact.problem.consequence.missing", 20_000);
            if (matter != null && consequences.stream().anyMatch(k -> matter.equals(k.matterId()))) {
                problems.add(field + "matterId", "childimpact.problem.matterId.twice");
            }
            consequences.add(new CheckedConsequence(matter, planned, consequence));
        }
        List<CheckedInvitation> invited = new ArrayList<>();
        List<InvitationInput> invitations = input.invited() == null ? List.of() : input.invited();
        for (int i = 0; i < invitations.size(); i++) {
            InvitationInput invitation = invitations.get(i);
            if (invitation == null) {
                continue;
            }
            String field = "invited[" + i + "].";
            UUID person = problems.requiredId(invitation.personId(), field + "personId", "childimpact.problem.personId.missing");
            MatterKind kind = problems.oneOf(MatterKind.class, invitation.kind(), field + "kind", "childimpact.problem.kind.missing");
            CheckedInvitation checked = new CheckedInvitation(person, kind);
            if (person != null && kind != null && !invited.contains(checked)) {
                invited.add(checked);
            }
        }
        if (consequences.isEmpty()) {
            problems.add("consequences", "childimpact.problem.consequences.missing");
        }
        ChildImpactAnalysis.Commission commission = null;
        if (input.commission() != null && !input.commission().blank()) {
            CommissionInput c = input.commission();
            commission = new ChildImpactAnalysis.Commission(
                    problems.required(c.providerName(), "commission.providerName", "childimpact.problem.providerName.missing", 300),
                    problems.happened(c.commissionedOn(), "commission.commissionedOn", today),
                    problems.required(c.childNeeds(), "commission.childNeeds", "childimpact.problem.childNeeds.missing", 20_000),
                    problems.required(c.adultNeeds(), "commission.adultNeeds", "childimpact.problem.adultNeeds.missing", 20_000));
        }
        problems.refuseIfAny();
        return new Checked(child, madeOn, participants, situation, views, heard, consequences, invited, assessment,
                commission);
    }

    /** A part written later by a worker of the invited matter. */
    static CheckedConsequence checkPart(UUID matterId, PartInput input) {
        FieldProblems problems = new FieldProblems();
        CheckedConsequence part = new CheckedConsequence(matterId,
                problems.required(input.plannedDecision(), "plannedDecision",
                        "childimpact.problem.plannedDecision.missing", 2000),
                problems.required(input.consequence(), "consequence", "childimpact.problem.consequence.missing",
                        20_000));

        problems.refuseIfAny();
        return part;
    }
}
