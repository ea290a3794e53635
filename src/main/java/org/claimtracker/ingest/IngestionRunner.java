package org.claimtracker.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.config.ClaimTrackerProperties;
import org.claimtracker.extraction.ArticleAnalysis;
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
 * of the batch goes on. Articles are stored by {@link ArticleIngestion}, several or one to a transaction (see
 * {@link PendingFiles}), so a failure leaves no partial rows.
 */
@Service
public class IngestionRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestionRunner.class);

    /** At most this many articles, or about this much text, per transaction of the command and start-up runs. */
    static final int ARTICLES_PER_TRANSACTION = 100;
    private static final long CHARACTERS_PER_TRANSACTION = 2_000_000;

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
        PendingFiles pending = new PendingFiles(run, batch.size(), progress);
        List<Callable<PendingFile>> reads = new ArrayList<>();
        for (Path file : batch) {
            String name = file.getFileName().toString();
            Optional<String> skip = skipReason(name, tables.tableAt(file));
            reads.add(() -> pending.prepare(name, file.toString(), sizeOf(file), skip,
                    () -> fileReader.read(file, ArticleMetadata.NONE, tables.forFile(file))));
        }
        progress.started(batch.size());
        try (ReadAhead<PendingFile> ahead = new ReadAhead<>(reads, pending.readAhead())) {
            while (ahead.hasNext()) {
                pending.add(ahead.next());
            }
        }
        return finish(run, pending.storeRest());
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
        PendingFiles pending = new PendingFiles(run, uploads.size(), IngestionProgress.NONE);
        for (UploadedFile upload : uploads) {
            String name = upload.fileName();
            pending.add(pending.prepare(name, null, upload.size(), skipReason(name, tables.tableUploaded(name)),
                    () -> fileReader.read(name, upload.size(), upload.content(), given, tables.forUpload(name))));
        }
        return finish(run, pending.storeRest());
    }

    /**
     * A file of the run, read; its outcome is known already ({@code decided}) or comes from storing it, with its
     * statements extracted ahead when the run stores several articles per transaction (else null).
     */
    private record PendingFile(String fileName, String path, Long size, ParsedArticle parsed,
            ArticleAnalysis analysis, IngestResult decided) {
    }

    /**
     * The files of a run read and not yet stored. The command and start-up ingestion store up to
     * {@link #ARTICLES_PER_TRANSACTION} articles (fewer when they are long) in one transaction, so that their rows
     * go to the server together; if that transaction fails, each of its articles is stored again in a transaction
     * of its own, and only a bad one is rejected. Uploads and the watcher store each article in its own
     * transaction. Outcome rows and progress keep the order of the files.
     */
    private final class PendingFiles {

        private final IngestionRun run;
        private final int total;
        private final IngestionProgress progress;
        private final int articlesPerTransaction;
        private final List<PendingFile> waiting = new ArrayList<>();
        private int articles;
        private long characters;
        private int done;
        private int statements;

        PendingFiles(IngestionRun run, int total, IngestionProgress progress) {
            this.run = run;
            this.total = total;
            this.progress = progress;
            this.articlesPerTransaction = rerunnable(run) ? ARTICLES_PER_TRANSACTION : 1;
        }

        /** How many files may be read ahead of the one being stored: a transaction's worth, when there are several. */
        int readAhead() {
            return articlesPerTransaction > 1 ? articlesPerTransaction : 0;
        }

        /**
         * Reads a file and, when articles are stored several to a transaction, extracts its statements: the part of
         * a file's ingestion that needs no database, run ahead on a thread of its own (see {@link ReadAhead}).
         */
        PendingFile prepare(String fileName, String path, Long size, Optional<String> skip, Reading reading) {
            if (skip.isPresent()) {
                return new PendingFile(fileName, path, size, null, null, IngestResult.skipped(skip.get()));
            }
            try {
                ParsedArticle parsed = reading.read();
                return new PendingFile(fileName, path, size, parsed, readAhead() > 0 ? extract(parsed) : null, null);
            } catch (RejectedFileException e) {
                return new PendingFile(fileName, path, size, null, null, IngestResult.rejected(e.getMessage()));
            } catch (IOException e) {
                return new PendingFile(fileName, path, size, null, null,
                        IngestResult.rejected("cannot read file: " + e.getMessage()));
            }
        }

        /** Null if extraction fails: it is then tried again in the article's transaction, which rejects it. */
        private ArticleAnalysis extract(ParsedArticle parsed) {
            try {
                return ingestion.extract(parsed);
            } catch (RuntimeException e) {
                return null;
            }
        }

        void add(PendingFile file) {
            waiting.add(file);
            if (file.parsed() != null) {
                articles++;
                characters += file.parsed().body().length();
            }
            if (articles >= articlesPerTransaction || characters >= CHARACTERS_PER_TRANSACTION) {
                store();
            }
        }

        /** Stores what is left; returns the number of statements the run stored. */
        int storeRest() {
            store();
            return statements;
        }

        private void store() {
            List<IngestResult> results = articles > 1 ? storeTogether() : null;
            for (int i = 0; i < waiting.size(); i++) {
                PendingFile file = waiting.get(i);
                IngestResult result;
                if (results != null) {
                    result = results.get(i);
                    log(file.fileName(), result);
                    run.count(result.outcome());
                } else if (file.decided() != null) {
                    result = file.decided();
                    record(run, file.fileName(), file.path(), file.size(), result);
                } else {
                    result = ingestAndRecord(run, file);
                }
                statements += result.statements();
                progress.fileDone(++done, total, file.path() != null ? file.path() : file.fileName(), result);
            }
            waiting.clear();
            articles = 0;
            characters = 0;
        }

        /** {@link #storeAndRecord} for the files waiting; null when their transaction failed. */
        private List<IngestResult> storeTogether() {
            try {
                return storeAndRecord(run, waiting);
            } catch (RuntimeException e) {
                log.warn("{} articles could not be stored together ({}); storing them one by one", articles,
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                return null;
            }
        }
    }

    private static Optional<String> skipReason(String fileName, Optional<MetadataTable> table) {
        if (table.isPresent()) {
            return Optional.of("metadata table (" + table.get().rows() + " rows), read for the articles beside it");
        }
        return NonArticleFiles.reason(fileName);
    }

    private interface Reading {
        ParsedArticle read() throws RejectedFileException, IOException;
    }

    /**
     * Stores the files' articles and writes every file's outcome row in one transaction, so a crash can never leave
     * a stored article without its outcome (nor an outcome without its article); throws if the transaction failed.
     */
    private List<IngestResult> storeAndRecord(IngestionRun run, List<PendingFile> batch) {
        return transactions.execute(status -> {
            if (rerunnable(run)) {
                jdbc.execute("set local synchronous_commit = off");
            }
            List<PendingFile> articleFiles = batch.stream().filter(file -> file.parsed() != null).toList();
            Iterator<IngestResult> stored = ingestion.ingestAll(
                    articleFiles.stream().map(PendingFile::parsed).toList(),
                    articleFiles.stream().map(PendingFile::analysis).toList()).iterator();
            List<IngestResult> results = new ArrayList<>();
            for (PendingFile file : batch) {
                IngestResult result = file.decided() != null ? file.decided() : stored.next();
                files.save(new IngestionFile(run.getId(), file.fileName(), file.path(), file.size(), result,
                        clock.instant()));
                results.add(result);
            }
            return results;
        });
    }

    /** Stores one article with its outcome row; if that fails, the rejection is recorded on its own. */
    private IngestResult ingestAndRecord(IngestionRun run, PendingFile file) {
        try {
            IngestResult result = storeAndRecord(run, List.of(file)).get(0);
            log(file.fileName(), result);
            run.count(result.outcome());
            return result;
        } catch (RuntimeException e) {
            // The transaction has rolled back; the batch goes on and the outcome row says why.
            log.error("{}: could not be stored", file.fileName(), e);
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            IngestResult result = IngestResult.rejected("could not be stored: " + cause.getMessage());
            record(run, file.fileName(), file.path(), file.size(), result);
            return result;
        }
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
