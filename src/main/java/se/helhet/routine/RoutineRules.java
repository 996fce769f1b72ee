package se.helhet.routine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.matter.MatterKind;
import se.helhet.platform.FieldProblems;

/** A routine as typed, checked field by field; every problem is named at once. */
final class RoutineRules {

    /** What the page and the API send; stop fields by position, blank rows left out. */
    record RoutineInput(String name, String description, List<String> appliesWhen, List<String> alsoInvolves,
                        List<StepInput> stops) {
    }

    record StepInput(String name, String gate, String workingDays, String matterKind, Boolean acute,
                     String guidance) {

        boolean blank() {
            return FieldProblems.blank(name) && FieldProblems.blank(gate) && FieldProblems.blank(workingDays);
        }
    }

    private RoutineRules() {
    }

    static Routine check(RoutineInput input) {
        FieldProblems problems = new FieldProblems();
        String name = problems.required(input.name(), "name", "routine.problem.name", 200);
        String description = problems.text(input.description(), "description", 5000);
        Set<MatterKind> applies = kinds(input.appliesWhen(), "appliesWhen", problems);
        if (applies.size() < 2 && !problems.has("appliesWhen")) {
            problems.add("appliesWhen", "routine.problem.appliesWhen");
        }
        Set<MatterKind> also = kinds(input.alsoInvolves(), "alsoInvolves", problems);
        also.removeAll(applies);
        List<Routine.Step> steps = new ArrayList<>();
        List<StepInput> typed = input.stops() == null ? List.of() : input.stops();
        for (int i = 0; i < typed.size(); i++) {
            StepInput s = typed.get(i);
            if (s == null || s.blank()) {
                continue;
            }
            String field = "stops[" + i + "].";
            String stopName = problems.required(s.name(), field + "name", "routine.stop.problem.name", 200);
            Gate gate = problems.oneOf(Gate.class, s.gate(), field + "gate", "routine.stop.problem.gate");
            Integer days = problems.number(s.workingDays(), field + "workingDays",
                    "routine.stop.problem.workingDays", 0, 60);
            if (gate == Gate.WITHIN_WORKING_DAYS && days == null && !problems.has(field + "workingDays")) {
                problems.add(field + "workingDays", "routine.stop.problem.workingDays.missing");
            }
            MatterKind kind = problems.optionalOneOf(MatterKind.class, s.matterKind(), field + "matterKind",
                    "routine.stop.problem.matterKind");
            String guidance = problems.text(s.guidance(), field + "guidance", 2000);
            steps.add(new Routine.Step(steps.size() + 1, stopName, gate,
                    gate == Gate.WITHIN_WORKING_DAYS ? days : null, kind, Boolean.TRUE.equals(s.acute()), guidance));
        }
        if (steps.isEmpty()) {
            problems.add("stops", "routine.problem.stops");
        }
        problems.refuseIfAny();
        return new Routine(UUID.randomUUID(), name, description, applies, also, true, steps);
    }

    private static Set<MatterKind> kinds(List<String> typed, String field, FieldProblems problems) {
        Set<MatterKind> kinds = EnumSet.noneOf(MatterKind.class);
        for (String value : typed == null ? List.<String>of() : typed) {
            MatterKind kind = problems.optionalOneOf(MatterKind.class, value, field, "routine.problem.matterKind");
            if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
