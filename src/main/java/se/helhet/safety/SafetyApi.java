package se.helhet.safety;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Safety scale", description = "How safe the child feels, rated 0-10 by staff, a parent or the child, over time")
class SafetyApi {

    private final SafetyRatings ratings;

    SafetyApi(SafetyRatings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/persons/{id}/safety-ratings")
    @Operation(summary = "The child's ratings on the safety scale, oldest first")
    List<SafetyRating> ratings(@PathVariable UUID id) {
        return ratings.forChild(id);
    }

    @PostMapping("/api/v1/persons/{id}/safety-ratings")
    @Operation(summary = "Record a rating on the safety scale",
            description = "score 0 (not safe at all) to 10 (completely safe); rater STAFF, PARENT or CHILD; "
                    + "an empty ratedOn means today.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"ratedOn": "2026-12-02", "score": 4, "rater": "CHILD", "comment": "Sleeps badly, wants the lamp on."}""")))
    ResponseEntity<SafetyRating> rate(@PathVariable UUID id, @RequestBody SafetyRatings.RatingInput input) {
        SafetyRating rating = ratings.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/safety-ratings")).body(rating);
    }
}
