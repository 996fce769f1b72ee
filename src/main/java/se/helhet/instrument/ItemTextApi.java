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
@Tag(name = "Assessment instruments")
class ItemTextApi {

    private final ItemTexts itemTexts;

    ItemTextApi(ItemTexts itemTexts) {
        this.itemTexts = itemTexts;
    }

    @GetMapping("/api/v1/instruments/{code}/forms/{form}/item-texts")
    @Operation(summary = "A form's licensed item texts, item 1 first (an empty list when none are loaded)",
            description = "Forms: SDQ PARENT, TEACHER or SELF; AUDIT and DUDIT STANDARD. For everyone who "
                    + "records instruments, and administrators.")
    FormTexts get(@PathVariable String code, @PathVariable String form) {
        return itemTexts.forForm(code, form);
    }

    @PutMapping("/api/v1/instruments/{code}/forms/{form}/item-texts")
    @Operation(summary = "Load a form's licensed item texts; replaces the earlier ones as a whole",
            description = "One text per item in the form's order, exactly as many as the form has items. "
                    + "Administrators only. The earlier texts are kept as an older version.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            ["Example text 1", "Example text 2", "…", "Example text 10"]""")))
    FormTexts put(@PathVariable String code, @PathVariable String form, @RequestBody List<String> texts) {
        return itemTexts.load(code, form, texts);
    }
}
