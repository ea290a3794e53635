package org.claimtracker.extraction;

/**
 * Finds the statements in an article. Implementations are deterministic and thread-safe: the same text gives the
 * same analysis, and one instance serves any number of threads.
 */
public interface StatementExtractor {

    ArticleAnalysis extract(ArticleText article);

    /** Identifies the rules and lexicons in use, stored with every article extracted by them. */
    String version();
}
