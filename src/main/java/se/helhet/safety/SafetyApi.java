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
@Tag(name = "Trygghetsskala", description = "Barnets trygghet skattad 0–10 av personal, förälder eller barnet, över tid")
class SafetyApi {

    private final SafetyRatings ratings;

    SafetyApi(SafetyRatings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/persons/{id}/safety-ratings")
    @Operation(summary = "Barnets skattningar på trygghetsskalan, äldst först")
    List<SafetyRating> ratings(@PathVariable UUID id) {
        return ratings.forChild(id);
    }

    @PostMapping("/api/v1/persons/{id}/safety-ratings")
    @Operation(summary = "Registrera en skattning på trygghetsskalan",
            description = "score 0 (inte alls tryggt) till 10 (helt tryggt); rater STAFF, PARENT eller CHILD; "
                    + "ratedOn tomt betyder i dag.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"ratedOn": "2026-12-02", "score": 4, "rater": "CHILD", "comment": "Sover dåligt, vill ha lampan tänd."}""")))
    ResponseEntity<SafetyRating> rate(@PathVariable UUID id, @RequestBody SafetyRatings.RatingInput input) {
        SafetyRating rating = ratings.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/safety-ratings")).body(rating);
    }
}
