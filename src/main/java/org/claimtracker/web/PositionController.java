package org.claimtracker.web;

import org.claimtracker.statement.PositionHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PositionController {

    private final PositionHistory history;

    PositionController(PositionHistory history) {
        this.history = history;
    }

    @GetMapping("/positions")
    String matrix(Model model) {
        model.addAttribute("matrix", history.matrix());
        return "positions/matrix";
    }
}
