package org.claimtracker.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * Which part of a statement list an htmx request replaces: the form submits into the results alone, so the field
 * being edited keeps its focus; chips and paging links replace the form too, so it shows the filters they leave.
 */
final class StatementFragments {

    private StatementFragments() {
    }

    /**
     * The fragment for this request. The results come with the form's speaker field, swapped out of band: it holds
     * the speakers chosen so far, so choosing one more keeps them.
     */
    static String of(HttpServletRequest request, Model model) {
        if ("results".equals(Htmx.target(request))) {
            model.addAttribute("speakerFieldOutOfBand", true);
            return "fragments/statements :: results";
        }
        return "fragments/statements :: browser";
    }
}
