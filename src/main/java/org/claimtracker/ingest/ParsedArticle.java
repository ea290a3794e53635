package org.claimtracker.ingest;

import java.time.LocalDate;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;
import org.claimtracker.extraction.ArticleText;

/**
 * An article read from a file: its normalised body (every stored offset points into it) and its metadata, merged
 * from every source in order of precedence (see {@link ArticleFileReader}).
 */
public record ParsedArticle(String sourceName, String body, ArticleMetadata metadata) {

    public String title() {
        return metadata.title();
    }

    public String outlet() {
        return metadata.outlet();
    }

    public LocalDate publishedOn() {
        return metadata.publishedOn();
    }

    public PublicationDateSource dateSource() {
        return metadata.dateSource();
    }

    public ArticleText toArticleText() {
        return new ArticleText(sourceName, body, publishedOn(), outlet());
    }
}
