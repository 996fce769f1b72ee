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
@Tag(name = "Placeringsforum", description = "Placeringsforum och SiSam: varje placerat barn med planen för vägen hem, "
        + "vad som behöver hända hemma och skolgången före, under och efter placeringen; forumets möten")
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
    @Operation(summary = "Månadens lista: varje barn som är placerat i dag och vars ärende du får läsa",
            description = "För barnavårds- och ungdomsenheternas enhetschefer och socialsekreterare.")
    List<PlacedChildJson> placed() {
        return placements.placed().stream().map(PlacedChildJson::of).toList();
    }

    @GetMapping("/api/v1/placement-forum/placements/{interventionId}")
    @Operation(summary = "En placering med planen för vägen hem och SiSam")
    PlacedChildJson placement(@PathVariable UUID interventionId) {
        return PlacedChildJson.of(placements.get(interventionId));
    }

    @PutMapping("/api/v1/placement-forum/placements/{interventionId}/plan")
    @Operation(summary = "Spara planen för vägen hem, vad som behöver hända hemma och SiSam",
            description = "SiSam (skolan och vem som ansvarar för skolgången före, under och efter placeringen) gäller "
                    + "barn 6–17 år. version är den du läste; utelämna den för placeringens första plan.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"homePlan": "Hemflytt i juni om pappan fullföljer behandlingen.",
             "atHome": "Pappan: öppenvård på beroendeenheten; familjebehandling två gånger i veckan.",
             "schoolName": "Ekdalsskolan", "schoolBefore": "Mentorn på Ekdalsskolan",
             "schoolDuring": "Rektor vid HVB-hemmets skola", "schoolAfter": "Elevhälsan på Ekdalsskolan",
             "version": 0}""")))
    PlacedChildJson savePlan(@PathVariable UUID interventionId, @RequestBody PlacementInput.PlacementPlanInput plan) {
        placements.savePlan(interventionId, plan);
        return PlacedChildJson.of(placements.get(interventionId));
    }

    @GetMapping("/api/v1/placement-forum/meetings")
    @Operation(summary = "Forumets möten, senaste först: datum, deltagare och hur många barn som togs upp")
    List<ForumMeetingJson> meetings() {
        return placements.meetings().stream().map(ForumMeetingJson::of).toList();
    }

    @GetMapping("/api/v1/placement-forum/meetings/{id}")
    @Operation(summary = "Ett möte med vad som togs upp och beslutades om varje barn du får läsa")
    ForumMeetingJson meeting(@PathVariable UUID id) {
        return ForumMeetingJson.of(placements.meeting(id));
    }

    @PostMapping("/api/v1/placement-forum/meetings")
    @Operation(summary = "Registrera ett möte i placeringsforum")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-02", "participantIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "reviews": [{"interventionId": "9b2d7c1a-5e4f-4a8b-b6c3-2f1e0d9c8b7a",
                          "discussed": "Umgänget med mamma fungerar; skolan rapporterar god närvaro.",
                          "decided": "Planera hemflytt till terminsstart; SIP med BUP före dess."}]}""")))
    ResponseEntity<ForumMeetingJson> record(@RequestBody PlacementInput.ForumMeetingInput input) {
        UUID id = placements.recordMeeting(input);
        return ResponseEntity.created(URI.create("/api/v1/placement-forum/meetings/" + id))
                .body(ForumMeetingJson.of(placements.meeting(id)));
    }
}
