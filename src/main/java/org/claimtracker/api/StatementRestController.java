package org.claimtracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementSearch;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statements", description = "Who said what, when, about which topic")
@RestController
@RequestMapping("/api/statements")
class StatementRestController {

    private final StatementSearch search;
    private final StatementFilters filters;
    private final StatementCitations citations;

    StatementRestController(StatementSearch search, StatementFilters filters, StatementCitations citations) {
        this.citations = citations;
        this.search = search;
        this.filters = filters;
    }

    @Operation(summary = "List statements",
            description = "The same filters as the /statements page. Ordered by date (said on, else the article's "
                    + "date; undated last), then article, then position in the article, so pages are stable.")
    @StatementFilterParameters
    @DocumentedResponses.Ok
    @DocumentedResponses.BadRequest
    @GetMapping
    StatementListResponse list(@Parameter(hidden = true) StatementQuery query) {
        return StatementListResponse.of(search.find(filters.page(query)));
    }

    @Operation(summary = "One statement, with how to cite it")
    @DocumentedResponses.Ok
    @DocumentedResponses.BadRequest
    @DocumentedResponses.NotFound
    @GetMapping("/{id}")
    StatementResponse statement(@Parameter(description = "Statement id") @PathVariable long id) {
        return citations.find(id).map(c -> StatementResponse.of(c.hit(), c.citation()))
                .orElseThrow(() -> new NotFoundException("statement", id));
    }
}
