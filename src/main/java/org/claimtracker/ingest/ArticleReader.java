package org.claimtracker.ingest;

/** Turns one file format into an article. Implementations receive text already decoded and checked. */
interface ArticleReader {

    boolean supports(String extension);

    /** The body and the metadata the file itself carries; the file name's date is added by the caller. */
    ParsedArticle read(String fileName, String content) throws RejectedFileException;

    /**
     * Whether what the file says about itself outranks a metadata table beside it: a header someone wrote into a
     * text file does, a page's own metadata (often a site template's) does not.
     */
    default boolean outranksMetadataTable() {
        return false;
    }
}
