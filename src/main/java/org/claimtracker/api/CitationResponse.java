package org.claimtracker.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.statement.Citation;

/** How to cite a statement: the same fields as the "Cite this" block of its page, and the text it shows. */
@Schema(name = "Citation")
public record CitationResponse(
        @Schema(description = "Who said it (the article's wording when the speaker is unnamed)", nullable = true)
        String speaker,
        @Schema(description = "The words, exactly as in the article") String words,
        @Schema(description = "When they were said, else the article's date", nullable = true) LocalDate saidOn,
        @Schema(nullable = true) String outlet,
        @Schema(description = "The article's title; null when no source gave one", nullable = true) String headline,
        @Schema(nullable = true) String author,
        @Schema(nullable = true) LocalDate publishedOn,
        @Schema(description = "The article's original address", nullable = true) String url,
        @Schema(description = "The statement's permanent address here") String permalink,
        @Schema(description = "The day this citation was produced") LocalDate accessedOn,
        @Schema(description = "All of it as one paragraph, ready to paste") String text) {

    static CitationResponse of(Citation citation) {
        return new CitationResponse(citation.speaker(), citation.words(), citation.saidOn(), citation.outlet(),
                citation.headline(), citation.author(), citation.publishedOn(), citation.url(), citation.permalink(),
                citation.accessedOn(), citation.text());
    }
}
