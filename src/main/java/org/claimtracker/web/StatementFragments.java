package org.claimtracker.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which part of a statement list an htmx request replaces: the form submits into the results alone, so the field
 * being edited keeps its focus; chips and paging links replace the form too, so it shows the filters they leave.
 */
final class StatementFragments {

    private StatementFragments() {
    }

    static String of(HttpServletRequest request) {
        return "results".equals(Htmx.target(request)) ? "fragments/statements :: results"
                : "fragments/statements :: browser";
    }
}
