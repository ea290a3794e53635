package org.claimtracker.ingest;

import java.time.LocalDate;

import org.claimtracker.article.PublicationDateSource;
import org.claimtracker.extraction.ArticleText;

/**
 * An article read from a file: its normalised body (every stored offset points into it), the metadata the file
 * carried, and where the date came from.
 */
public record ParsedArticle(String sourceName, String title, String outlet, String body, LocalDate publishedOn,
        PublicationDateSource dateSource) {

    public ArticleText toArticleText() {
        return new ArticleText(sourceName, body, publishedOn);
    }
}
