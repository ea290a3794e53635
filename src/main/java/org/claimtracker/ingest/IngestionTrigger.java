package org.claimtracker.ingest;

/** What started an ingestion run. */
public enum IngestionTrigger {
    STARTUP, COMMAND, UPLOAD, WATCHER
}
