package org.claimtracker.extraction;

/** Stage 1: splits the body into paragraphs and finds the quotations. */
interface QuoteFinder {

    QuotedText find(ArticleText article);
}
