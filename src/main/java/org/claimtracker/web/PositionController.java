package org.claimtracker.web;

import org.claimtracker.statement.InvalidParameterException;
import org.claimtracker.statement.PositionMatrix;
import org.claimtracker.statement.PositionMatrixQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PositionController {

    private final PositionMatrixQuery matrices;

    PositionController(PositionMatrixQuery matrices) {
        this.matrices = matrices;
    }

    /** The matrix, {@link org.claimtracker.statement.PositionHistory#MATRIX_PAGE} speakers a page. */
    @GetMapping("/positions")
    String matrix(@RequestParam(required = false) String page, Model model) {
        int pageNumber = pageNumber(page);
        PositionMatrix matrix = matrices.page(pageNumber - 1);
        if (pageNumber > matrix.totalPages()) {
            throw new PageNotFoundException("page", pageNumber); // past the end: a 404, not an empty page
        }
        model.addAttribute("matrix", matrix);
        return "positions/matrix";
    }

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("page", "page must be a whole number, 1 or more");
    }
}
