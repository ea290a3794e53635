package org.claimtracker.ingest;

/** Turns one file format into an article. Implementations receive text already decoded and checked. */
interface ArticleReader {

    boolean supports(String extension);

    ParsedArticle read(String fileName, String content) throws RejectedFileException;
}
