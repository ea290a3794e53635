package org.claimtracker.ingest;

/** What became of one file in an ingestion run. */
public enum FileOutcome {
    /** A new article, stored with its statements. */
    INGESTED,
    /** The same text is already stored, extracted by the current extractor: nothing changed. */
    DUPLICATE,
    /** The same text is stored, but an older extractor found its statements: they were found again. */
    REEXTRACTED,
    /** The same text is stored, but what is known about it (title, outlet, date...) changed: that was updated. */
    UPDATED,
    /** The file is clearly no article (a README, a data file, a metadata table); the reason says what it is. */
    SKIPPED,
    /** The file could not be used; the reason says why. */
    REJECTED
}
