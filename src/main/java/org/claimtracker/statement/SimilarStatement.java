package org.claimtracker.statement;

import java.time.LocalDate;

/**
 * A statement in another article whose words resemble a given one's: the same quote reported elsewhere.
 *
 * @param similarity pg_trgm similarity of the two contents, 1 for the same words (case and punctuation aside)
 */
public record SimilarStatement(long id, String content, LocalDate date, String actorSlug, String actorName,
        long articleId, String articleTitle, String sourceName, String outlet, double similarity) {

    public boolean identical() {
        return similarity >= 0.999;
    }
}
