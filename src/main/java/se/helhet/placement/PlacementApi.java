package se.helhet.placement;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Placement forum", description = "The placement forum and SiSam: each placed child with the plan for"
        + " the way home, what needs to happen at home and schooling before, during and after the placement;"
        + " the forum's meetings")
class PlacementApi {

    record SchoolJson(String name, String responsibleBefore, String responsibleDuring, String responsibleAfter) {
    }

    record PlacedChildJson(UUID interventionId, UUID matterId, UUID childId, String childName, int age, String code,
                           LocalDate startedOn, String providerName, String unitName, String homePlan, String atHome,
                           boolean schoolAge, SchoolJson school, boolean hasHomePlan, Boolean hasSchoolResponsibility,
                           Integer version) {

        static PlacedChildJson of(Placements.PlacedChild c) {
            Placement p = c.placement();
            Placement.School s = p.plan().school();
            return new PlacedChildJson(p.interventionId(), p.matterId(), p.childId(), c.child().name(), p.age(), p.code(),
                    p.startedOn(), p.providerName(), p.unitName(), p.plan().homePlan(), p.plan().atHome(), p.schoolAge(),
                    p.schoolAge() ? new SchoolJson(s.name(), s.before(), s.during(), s.after()) : null, p.hasHomePlan(),
                    p.schoolAge() ? p.hasSchoolResponsibility() : null, p.plan().version());
        }
    }

    record ForumMeetingJson(UUID id, LocalDate heldOn, List<String> participants, int childrenReviewed,
                            List<ForumMeeting.Review> reviews) {
        static ForumMeetingJson of(ForumMeeting m) {
            return new ForumMeetingJson(m.id(), m.heldOn(), m.participants(), m.childrenReviewed(), m.reviews());
        }
    }

    private final Placements placements;

    PlacementApi(Placements placements) {
        this.placements = placements;
    }

    @GetMapping("/api/v1/placement-forum/placements")
    @Operation(summary = "The month's list: each child placed today whose matter you may read",
            description = "For the unit managers and social workers of the children and youth units.")
    List<PlacedChildJson> placed() {
        return placements.placed().stream().map(PlacedChildJson::of).toList();
    }

    @GetMapping("/api/v1/placement-forum/placements/{interventionId}")
    @Operation(summary = "One placement with the plan for the way home and SiSam")
    PlacedChildJson placement(@PathVariable UUID interventionId) {
        return PlacedChildJson.of(placements.get(interventionId));
    }

    @PutMapping("/api/v1/placement-forum/placements/{interventionId}/plan")
    @Operation(summary = "Save the plan for the way home, what needs to happen at home, and SiSam",
            description = "SiSam (the school, and who is responsible for schooling before, during and after the placement)"
                    + " applies to children aged 6-17. version is the one you read; leave it out for the placement's"
                    + " first plan.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"homePlan": "Moving home in June if the father completes his treatment.",
             "atHome": "Father: outpatient care at the addiction unit; family treatment twice a week.",
             "schoolName": "Ekdal School", "schoolBefore": "The mentor at Ekdal School",
             "schoolDuring": "Head teacher at the residential home's school",
             "schoolAfter": "Ekdal School's pupil health team",
             "version": 0}""")))
    PlacedChildJson savePlan(@PathVariable UUID interventionId, @RequestBody PlacementInput.PlacementPlanInput plan) {
        placements.savePlan(interventionId, plan);
        return PlacedChildJson.of(placements.get(interventionId));
    }

    @GetMapping("/api/v1/placement-forum/meetings")
    @Operation(summary = "The forum's meetings, latest first: date, participants and how many children"
            + " were discussed")
    List<ForumMeetingJson> meetings() {
        return placements.meetings().stream().map(ForumMeetingJson::of).toList();
    }

    @GetMapping("/api/v1/placement-forum/meetings/{id}")
    @Operation(summary = "One meeting with what was discussed and decided about each child you may read")
    ForumMeetingJson meeting(@PathVariable UUID id) {
        return ForumMeetingJson.of(placements.meeting(id));
    }

    @PostMapping("/api/v1/placement-forum/meetings")
    @Operation(summary = "Record a meeting of the placement forum")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-02", "participantIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "reviews": [{"interventionId": "9b2d7c1a-5e4f-4a8b-b6c3-2f1e0d9c8b7a",
                          "discussed": "Contact with the mother works well; the school reports good attendance.",
                          "decided": "Plan the move home for the start of term; a SIP with child psychiatry before then."}]}""")))
    ResponseEntity<ForumMeetingJson> record(@RequestBody PlacementInput.ForumMeetingInput input) {
        UUID id = placements.recordMeeting(input);
        return ResponseEntity.created(URI.create("/api/v1/placement-forum/meetings/" + id))
                .body(ForumMeetingJson.of(placements.meeting(id)));
    }
}
