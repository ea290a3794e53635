package org.claimtracker.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.config.ClaimTrackerProperties;
import org.claimtracker.statement.PositionSummaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a batch: every file gets an outcome row and a log line, a bad file is rejected with its reason, and the rest
 * of the batch goes on. Each article is stored in its own transaction by {@link ArticleIngestion}, so a failure
 * leaves no partial rows.
 */
@Service
public class IngestionRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestionRunner.class);

    private final ArticleIngestion ingestion;
    private final IngestionRunRepository runs;
    private final IngestionFileRepository files;
    private final ArticleFileReader fileReader;
    private final Clock clock;
    private final long maxBytes;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final PositionSummaries summaries;

    public IngestionRunner(ArticleIngestion ingestion, IngestionRunRepository runs, IngestionFileRepository files,
            ClaimTrackerProperties properties, Clock clock, PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc, PositionSummaries summaries) {
        this.summaries = summaries;
        this.ingestion = ingestion;
        this.runs = runs;
        this.files = files;
        this.maxBytes = properties.ingest().maxBytes().toBytes();
        this.fileReader = new ArticleFileReader(maxBytes);
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    public IngestionReport ingestPaths(List<Path> paths, IngestionTrigger trigger, IngestionProgress progress) {
        IngestionRun run = runs.save(new IngestionRun(trigger, clock.instant()));
        List<Path> batch = ArticleFiles.expand(paths);
        MetadataTables tables = MetadataTables.beside(batch, maxBytes);
        int statements = 0;
        for (int i = 0; i < batch.size(); i++) {
            Path file = batch.get(i);
            String name = file.getFileName().toString();
            Optional<String> skip = skipReason(name, tables.tableAt(file));
            IngestResult result = skip.isPresent()
                    ? recordSkipped(run, name, file.toString(), sizeOf(file), skip.get())
                    : ingestAndRecord(run, name, file.toString(), sizeOf(file),
                            () -> fileReader.read(file, ArticleMetadata.NONE, tables.forFile(file)));
            statements += result.statements();
            progress.fileDone(i + 1, batch.size(), file.toString(), result);
        }
        return finish(run, statements);
    }

    /** Ingests the files of one upload as one run. */
    public IngestionReport ingestUploads(List<UploadedFile> uploads) {
        return ingestUploads(uploads, ArticleMetadata.NONE);
    }

    /**
     * Ingests the files of one upload as one run. {@code given} (the upload form's fields) describes every file and
     * outranks what the files say; a metadata table among the uploads describes the other files.
     */
    public IngestionReport ingestUploads(List<UploadedFile> uploads, ArticleMetadata given) {
        IngestionRun run = runs.save(new IngestionRun(IngestionTrigger.UPLOAD, clock.instant()));
        MetadataTables tables = MetadataTables.among(uploads, maxBytes);
        int statements = 0;
        for (UploadedFile upload : uploads) {
            String name = upload.fileName();
            Optional<String> skip = skipReason(name, tables.tableUploaded(name));
            IngestResult result = skip.isPresent()
                    ? recordSkipped(run, name, null, upload.size(), skip.get())
                    : ingestAndRecord(run, name, null, upload.size(),
                            () -> fileReader.read(name, upload.size(), upload.content(), given, tables.forUpload(name)));
            statements += result.statements();
        }
        return finish(run, statements);
    }

    private static Optional<String> skipReason(String fileName, Optional<MetadataTable> table) {
        if (table.isPresent()) {
            return Optional.of("metadata table (" + table.get().rows() + " rows), read for the articles beside it");
        }
        return NonArticleFiles.reason(fileName);
    }

    private IngestResult recordSkipped(IngestionRun run, String fileName, String path, Long size, String reason) {
        IngestResult result = IngestResult.skipped(reason);
        record(run, fileName, path, size, result);
        return result;
    }

    private interface Reading {
        ParsedArticle read() throws RejectedFileException, IOException;
    }

    /**
     * Reads and stores one file and writes its outcome row in the same transaction, so a crash can never leave a
     * stored article without its outcome (nor an outcome without its article). A rejection is recorded on its own.
     */
    private IngestResult ingestAndRecord(IngestionRun run, String fileName, String path, Long size, Reading reading) {
        IngestResult result;
        try {
            ParsedArticle parsed = reading.read();
            result = transactions.execute(status -> {
                if (rerunnable(run)) {
                    jdbc.execute("set local synchronous_commit = off");
                }
                IngestResult stored = ingestion.ingest(parsed);
                files.save(new IngestionFile(run.getId(), fileName, path, size, stored, clock.instant()));
                return stored;
            });
            log(fileName, result);
            run.count(result.outcome());
            return result;
        } catch (RejectedFileException e) {
            result = IngestResult.rejected(e.getMessage());
        } catch (IOException e) {
            result = IngestResult.rejected("cannot read file: " + e.getMessage());
        } catch (RuntimeException e) {
            // The transaction has rolled back; the batch goes on and the outcome row says why.
            log.error("{}: could not be stored", fileName, e);
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            result = IngestResult.rejected("could not be stored: " + cause.getMessage());
        }
        record(run, fileName, path, size, result);
        return result;
    }

    /**
     * Whether the run's articles may commit without waiting for their own WAL flush (a disk sync per article,
     * most of an article's time on a busy disk): true for the command and start-up ingestion, whose files stay
     * where they are. The run's closing commit ({@link #finish}) is synchronous and so makes every article before it
     * durable; a crash in between loses at most the last few articles, whole with their outcome rows, and the run
     * is then marked interrupted; ingesting the same paths again stores them. Uploads and the watcher (which moves
     * its files away) wait for every commit.
     */
    private static boolean rerunnable(IngestionRun run) {
        return run.getTrigger() == IngestionTrigger.COMMAND || run.getTrigger() == IngestionTrigger.STARTUP;
    }

    private static Long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    private void record(IngestionRun run, String fileName, String path, Long size, IngestResult result) {
        files.save(new IngestionFile(run.getId(), fileName, path, size, result, clock.instant()));
        run.count(result.outcome());
        log(fileName, result);
    }

    private static void log(String fileName, IngestResult result) {
        switch (result.outcome()) {
            case INGESTED -> log.info("ingested {}: article {}, {} statements", fileName, result.articleId(),
                    result.statements());
            case DUPLICATE -> log.info("skipped {}: same content as article {}", fileName, result.articleId());
            case REEXTRACTED -> log.info("re-extracted {}: article {}, {} statements by the current extractor",
                    fileName, result.articleId(), result.statements());
            case UPDATED -> log.info("updated {}: new metadata for article {}", fileName, result.articleId());
            case SKIPPED -> log.info("skipped {}: {}", fileName, result.reason());
            case REJECTED -> log.warn("rejected {}: {}", fileName, result.reason());
        }
    }

    private IngestionReport finish(IngestionRun run, int statements) {
        // Standing positions are judged once per run, not per article: a speaker in a hundred of its articles is
        // judged once. Until then pages judge stale ones themselves; the counts are kept with each article.
        transactions.executeWithoutResult(status -> summaries.refresh());
        run.finish(clock.instant());
        runs.save(run); // a synchronous commit: the articles' asynchronous commits before it are durable too
        return new IngestionReport(run.getId(), run.getIngested(), run.getDuplicates(), run.getReextracted(),
                run.getUpdated(), run.getSkipped(), run.getRejected(), statements);
    }
}
