package org.claimtracker.ingest;

/** The tally of one ingestion run. */
public record IngestionReport(long runId, int ingested, int duplicates, int reextracted, int updated, int skipped,
        int rejected, int statements) {

    public int files() {
        return ingested + duplicates + reextracted + updated + skipped + rejected;
    }

    /** True when some file was readable: ingested now or already stored. */
    public boolean anyRead() {
        return ingested + duplicates + reextracted + updated > 0;
    }
}
