package org.claimtracker.ingest;

/** Told after each file of a run, so a long batch can show how far it has got. */
@FunctionalInterface
public interface IngestionProgress {

    IngestionProgress NONE = (done, total, file, result) -> {
    };

    void fileDone(int done, int total, String file, IngestResult result);
}
