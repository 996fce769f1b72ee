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
        String name = problems.required(input.name(), "name", "Ge rutinen ett namn", 200);
        String description = problems.text(input.description(), "description", 5000);
        Set<MatterKind> applies = kinds(input.appliesWhen(), "appliesWhen", problems);
        if (applies.size() < 2 && !problems.has("appliesWhen")) {
            problems.add("appliesWhen", "Välj minst två ärendeslag som ska vara öppna samtidigt i familjen");
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
            String stopName = problems.required(s.name(), field + "name", "Ge hållplatsen ett namn", 200);
            Gate gate = problems.oneOf(Gate.class, s.gate(), field + "gate", "Välj när hållplatsen infaller");
            Integer days = problems.number(s.workingDays(), field + "workingDays",
                    "Ange antal arbetsdagar, 0–60", 0, 60);
            if (gate == Gate.WITHIN_WORKING_DAYS && days == null && !problems.has(field + "workingDays")) {
                problems.add(field + "workingDays", "Ange inom hur många arbetsdagar samrådet ska hållas");
            }
            MatterKind kind = problems.optionalOneOf(MatterKind.class, s.matterKind(), field + "matterKind",
                    "Välj ett ärendeslag");
            String guidance = problems.text(s.guidance(), field + "guidance", 2000);
            steps.add(new Routine.Step(steps.size() + 1, stopName, gate,
                    gate == Gate.WITHIN_WORKING_DAYS ? days : null, kind, Boolean.TRUE.equals(s.acute()), guidance));
        }
        if (steps.isEmpty()) {
            problems.add("stops", "Lägg till minst en hållplats");
        }
        problems.refuseIfAny();
        return new Routine(UUID.randomUUID(), name, description, applies, also, true, steps);
    }

    private static Set<MatterKind> kinds(List<String> typed, String field, FieldProblems problems) {
        Set<MatterKind> kinds = EnumSet.noneOf(MatterKind.class);
        for (String value : typed == null ? List.<String>of() : typed) {
            MatterKind kind = problems.optionalOneOf(MatterKind.class, value, field, "Okänt ärendeslag");
            if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
