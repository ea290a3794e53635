package org.claimtracker.ingest;

/** What became of one file in an ingestion run. */
public enum FileOutcome {
    INGESTED, DUPLICATE, REJECTED
}
