package org.claimtracker.article;

import java.time.LocalDate;

/**
 * What is known about an article besides its text, from one source (a header, a metadata table, a page's
 * metadata, a file name, a form) or merged from several. Every field may be unknown (null, never blank).
 *
 * @param dateSource where {@code publishedOn} came from; {@link PublicationDateSource#NONE} exactly when it is null
 */
public record ArticleMetadata(String title, String outlet, String author, String url, LocalDate publishedOn,
        PublicationDateSource dateSource) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null,
            PublicationDateSource.NONE);

    public ArticleMetadata {
        title = clean(title);
        outlet = clean(outlet);
        author = clean(author);
        url = clean(url);
        dateSource = publishedOn == null ? PublicationDateSource.NONE : dateSource;
        if (publishedOn != null && (dateSource == null || dateSource == PublicationDateSource.NONE)) {
            throw new IllegalArgumentException("a date needs the source it came from");
        }
    }

    /** Only a date, as a file name gives one. */
    public static ArticleMetadata dated(LocalDate date, PublicationDateSource source) {
        return new ArticleMetadata(null, null, null, null, date, source);
    }

    /** Field by field, what this says, else what {@code fallback} says: this outranks the fallback. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        boolean dated = publishedOn != null;
        return new ArticleMetadata(title != null ? title : fallback.title,
                outlet != null ? outlet : fallback.outlet,
                author != null ? author : fallback.author,
                url != null ? url : fallback.url,
                dated ? publishedOn : fallback.publishedOn,
                dated ? dateSource : fallback.dateSource);
    }

    /**
     * What is known once a newer reading of the same text says {@code newer}: each field it knows replaces this
     * one's; its date replaces this one's unless this date came from a source of higher precedence (a header's date
     * is not overridden by a file name's). What the newer reading does not know is kept, so a copy of an article
     * without metadata does not erase what an earlier reading found.
     */
    public ArticleMetadata updatedBy(ArticleMetadata newer) {
        boolean newerDate = newer.publishedOn != null
                && (publishedOn == null || newer.dateSource.ordinal() <= dateSource.ordinal());
        ArticleMetadata texts = new ArticleMetadata(newer.title, newer.outlet, newer.author, newer.url, null,
                PublicationDateSource.NONE).orElse(this);
        return new ArticleMetadata(texts.title, texts.outlet, texts.author, texts.url,
                newerDate ? newer.publishedOn : publishedOn, newerDate ? newer.dateSource : dateSource);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
