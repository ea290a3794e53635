package org.claimtracker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.claimtracker.article.PublicationDateSource;
import org.claimtracker.statement.StatementHit;

/** An article with every statement marked in its text, its metadata, and how it came to be stored. */
record ArticleView(long id, String title, String headline, String outlet, String author, String url,
        LocalDate publishedOn, PublicationDateSource dateSource,
        String sourceName, String contentHash, String extractorVersion, Instant ingestedAt, MarkedText text,
        List<StatementHit> statements, List<IngestionRecord> ingestions) {

    /** One time a file with this content was processed. */
    record IngestionRecord(long runId, String fileName, String path, String outcome, Instant processedAt) {

        public String processedAtText() {
            return TIME.format(processedAt);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public String ingestedAtText() {
        return TIME.format(ingestedAt);
    }

    public String dateSourceLabel() {
        return switch (dateSource) {
            case UPLOAD_FORM -> "the upload form";
            case HEADER -> "the date header of the file";
            case METADATA_TABLE -> "the metadata table beside the file";
            case HTML_METADATA -> "the page's HTML metadata";
            case FILE_NAME -> "the file name";
            case NONE -> "nowhere: the article is undated";
        };
    }
}
