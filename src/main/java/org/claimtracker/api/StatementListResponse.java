package org.claimtracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.statement.StatementPage;

/** One page of statements; {@code page} counts from 1, as the request parameter does. */
@Schema(name = "StatementList")
public record StatementListResponse(
        List<StatementResponse> items,
        @Schema(description = "Page number, from 1", example = "1") int page,
        @Schema(description = "Page size", example = "20") int size,
        @Schema(description = "Number of statements matching the filter, on all pages; when totalExact is false, "
                + "a lower bound: long lists are counted up to 10,000 (or past the page asked for)") long total,
        @Schema(description = "Whether total is the exact number of matching statements") boolean totalExact) {

    static StatementListResponse of(StatementPage page) {
        return new StatementListResponse(page.items().stream().map(StatementResponse::of).toList(), page.page() + 1,
                page.size(), page.total(), page.totalExact());
    }
}
