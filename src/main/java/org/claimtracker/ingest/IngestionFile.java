package org.claimtracker.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The outcome of one file in a run: ingested, a duplicate of an article already stored, or rejected and why. */
@Entity
@Table(name = "ingestion_file")
public class IngestionFile {

    @Id
    // pooled: 50 ids per sequence call (V9), so that inserts can be batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ingestion_file_id")
    @SequenceGenerator(name = "ingestion_file_id", sequenceName = "ingestion_file_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    private String path;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileOutcome outcome;

    private String reason;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected IngestionFile() {
    }

    IngestionFile(Long runId, String fileName, String path, Long sizeBytes, IngestResult result, Instant processedAt) {
        this.runId = runId;
        this.fileName = fileName;
        this.path = path;
        this.sizeBytes = sizeBytes;
        this.outcome = result.outcome();
        this.reason = result.reason();
        this.articleId = result.articleId();
        this.processedAt = processedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRunId() {
        return runId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getPath() {
        return path;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public FileOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
