package org.claimtracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;

/**
 * What an editor may say about the uploaded files: it describes every file of the upload and outranks what the files
 * and their metadata tables say. Every field is optional.
 */
record UploadMetadataForm(String date, String title, String outlet, String author, String url) {

    static final UploadMetadataForm EMPTY = new UploadMetadataForm(null, null, null, null, null);

    /** What is wrong with the fields, for the form to say; null when nothing is. */
    String problem() {
        if (date != null && !date.isBlank() && parsedDate() == null) {
            return "The date must be YYYY-MM-DD, not '" + date.strip() + "'.";
        }
        if (url != null && !url.isBlank() && !url.strip().matches("https?://[^\\s/?#]+\\S*")) {
            return "The original address must start with http:// or https://.";
        }
        return null;
    }

    ArticleMetadata toMetadata() {
        LocalDate published = parsedDate();
        return new ArticleMetadata(title, outlet, author, url, published,
                published == null ? PublicationDateSource.NONE : PublicationDateSource.UPLOAD_FORM);
    }

    private LocalDate parsedDate() {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
