package se.helhet.letter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The readability beside a text a worker writes to a family or a child, as they type: the form's fields are
 * posted (never in the address, they may name the child), the one named by {@code falt} is measured and nothing
 * is kept, so there is nothing to trace.
 */
@Controller
class LixPages {

    @PostMapping("/klarsprak/lix")
    String lix(@RequestParam("falt") String field, HttpServletRequest request, Model model) {
        model.addAttribute("lix", Lix.of(request.getParameter(field)));
        return "letter/lix :: result";
    }
}
