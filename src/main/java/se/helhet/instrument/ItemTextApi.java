package se.helhet.instrument;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Bedömningsinstrument")
class ItemTextApi {

    private final ItemTexts itemTexts;

    ItemTextApi(ItemTexts itemTexts) {
        this.itemTexts = itemTexts;
    }

    @GetMapping("/api/v1/instruments/{code}/forms/{form}/item-texts")
    @Operation(summary = "Ett formulärs licensierade frågetexter, fråga 1 först (tom lista när inga är inlästa)",
            description = "Formulär: SDQ PARENT, TEACHER eller SELF; AUDIT och DUDIT STANDARD. För alla som "
                    + "registrerar instrument, och administratörer.")
    FormTexts get(@PathVariable String code, @PathVariable String form) {
        return itemTexts.forForm(code, form);
    }

    @PutMapping("/api/v1/instruments/{code}/forms/{form}/item-texts")
    @Operation(summary = "Läs in ett formulärs licensierade frågetexter; ersätter de tidigare som helhet",
            description = "En text per fråga i formulärets ordning, exakt lika många som formuläret har frågor. "
                    + "Bara administratörer. De tidigare texterna sparas som en äldre version.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            ["Exempeltext 1", "Exempeltext 2", "…", "Exempeltext 10"]""")))
    FormTexts put(@PathVariable String code, @PathVariable String form, @RequestBody List<String> texts) {
        return itemTexts.load(code, form, texts);
    }
}
