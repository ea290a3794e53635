package org.claimtracker.web;

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
        int pageNumber = PageNumber.parse(page);
        PositionMatrix matrix = matrices.page(pageNumber - 1);
        if (pageNumber > matrix.totalPages()) {
            throw new PageNotFoundException("page", pageNumber); // past the end: a 404, not an empty page
        }
        model.addAttribute("matrix", matrix);
        return "positions/matrix";
    }
}
