package org.claimtracker.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One batch of files ingested together, with its tally. */
@Entity
@Table(name = "ingestion_run")
public class IngestionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IngestionTrigger trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int ingested;

    private int duplicates;

    private int reextracted;

    private int updated;

    private int skipped;

    private int rejected;

    /** Cut short by a crash; the counts are those of the files it recorded. */
    private boolean interrupted;

    protected IngestionRun() {
    }

    IngestionRun(IngestionTrigger trigger, Instant startedAt) {
        this.trigger = trigger;
        this.startedAt = startedAt;
    }

    void count(FileOutcome outcome) {
        switch (outcome) {
            case INGESTED -> ingested++;
            case DUPLICATE -> duplicates++;
            case REEXTRACTED -> reextracted++;
            case UPDATED -> updated++;
            case SKIPPED -> skipped++;
            case REJECTED -> rejected++;
        }
    }

    void finish(Instant at) {
        if (finishedAt != null) {
            throw new IllegalStateException("run " + id + " already finished");
        }
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public IngestionTrigger getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getIngested() {
        return ingested;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getReextracted() {
        return reextracted;
    }

    /** Every file the run looked at, whatever became of it. */
    public int getFiles() {
        return ingested + duplicates + reextracted + updated + skipped + rejected;
    }

    public int getUpdated() {
        return updated;
    }

    public int getSkipped() {
        return skipped;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public int getRejected() {
        return rejected;
    }
}
