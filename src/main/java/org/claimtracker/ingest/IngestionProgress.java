package org.claimtracker.ingest;

/** Told when a run starts reading its files and after each file, so a long batch can show how far it has got. */
@FunctionalInterface
public interface IngestionProgress {

    IngestionProgress NONE = (done, total, file, result) -> {
    };

    void fileDone(int done, int total, String file, IngestResult result);

    /** Before the first file is read. */
    default void started(int total) {
    }
}
