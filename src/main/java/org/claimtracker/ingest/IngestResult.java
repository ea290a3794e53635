package org.claimtracker.ingest;

/** What ingesting one file came to; a reason only for a rejection or a skip, an article for the other outcomes. */
public record IngestResult(FileOutcome outcome, Long articleId, int statements, String reason) {

    public IngestResult {
        boolean explained = outcome == FileOutcome.REJECTED || outcome == FileOutcome.SKIPPED;
        if (explained != (reason != null)) {
            throw new IllegalArgumentException("a reason is given for rejections and skips, and only for them");
        }
    }

    static IngestResult updated(long articleId) {
        return new IngestResult(FileOutcome.UPDATED, articleId, 0, null);
    }

    static IngestResult skipped(String reason) {
        return new IngestResult(FileOutcome.SKIPPED, null, 0, reason);
    }

    static IngestResult ingested(long articleId, int statements) {
        return new IngestResult(FileOutcome.INGESTED, articleId, statements, null);
    }

    static IngestResult reextracted(long articleId, int statements) {
        return new IngestResult(FileOutcome.REEXTRACTED, articleId, statements, null);
    }

    static IngestResult duplicate(long articleId) {
        return new IngestResult(FileOutcome.DUPLICATE, articleId, 0, null);
    }

    static IngestResult rejected(String reason) {
        return new IngestResult(FileOutcome.REJECTED, null, 0, reason);
    }
}
