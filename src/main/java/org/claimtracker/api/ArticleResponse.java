package org.claimtracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.article.Article;
import org.claimtracker.article.PublicationDateSource;

/** An article: metadata, the body every statement offset points into, and its statements in article order. */
@Schema(name = "Article")
public record ArticleResponse(
        long id,
        @Schema(description = "The article's file name") String source,
        @Schema(description = "The title a source gave the article", nullable = true) String title,
        @Schema(description = "The title, else the article's first sentence: what lists show") String headline,
        @Schema(nullable = true) String outlet,
        @Schema(nullable = true) String author,
        @Schema(description = "The article's original address", nullable = true) String url,
        @Schema(description = "Publication date", nullable = true) LocalDate publishedOn,
        @Schema(description = "Publication date (the same as publishedOn, kept for older clients)", nullable = true)
        LocalDate articleDate,
        @Schema(description = "Where the publication date was read from") PublicationDateSource dateSource,
        Instant ingestedAt,
        String extractorVersion,
        @Schema(description = "The normalised text; statement start/end are offsets into it (UTF-16 code units)")
        String body,
        List<StatementResponse> statements) {

    static ArticleResponse of(Article article, List<StatementResponse> statements) {
        return new ArticleResponse(article.getId(), article.getSourceName(), article.getTitle(),
                article.getHeadline(), article.getOutlet(), article.getAuthor(), article.getUrl(),
                article.getPublishedOn(), article.getPublishedOn(), article.getDateSource(), article.getIngestedAt(),
                article.getExtractorVersion(), article.getBody(), statements);
    }
}
