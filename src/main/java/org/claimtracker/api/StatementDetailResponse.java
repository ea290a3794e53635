package org.claimtracker.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** One statement as {@code /api/statements/{id}} gives it: the list item's fields and how to cite it. */
@Schema(name = "StatementDetail", allOf = StatementResponse.class)
public record StatementDetailResponse(@JsonUnwrapped @Schema(hidden = true) StatementResponse statement,
        CitationResponse citation) {
}
