package org.claimtracker.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.config.ClaimTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;

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

    public IngestionRunner(ArticleIngestion ingestion, IngestionRunRepository runs, IngestionFileRepository files,
            ClaimTrackerProperties properties, Clock clock) {
        this.ingestion = ingestion;
        this.runs = runs;
        this.files = files;
        this.maxBytes = properties.ingest().maxBytes().toBytes();
        this.fileReader = new ArticleFileReader(maxBytes);
        this.clock = clock;
    }

    public IngestionReport ingestPaths(List<Path> paths, IngestionTrigger trigger, IngestionProgress progress) {
        IngestionRun run = runs.save(new IngestionRun(trigger, clock.instant()));
        List<Path> batch = ArticleFiles.expand(paths);
        MetadataTables tables = MetadataTables.beside(batch, maxBytes);
        int statements = 0;
        for (int i = 0; i < batch.size(); i++) {
            Path file = batch.get(i);
            String name = file.getFileName().toString();
            Long size = null;
            IngestResult result;
            Optional<String> skip = skipReason(name, tables.tableAt(file));
            if (skip.isPresent()) {
                result = IngestResult.skipped(skip.get());
            } else {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    size = (long) bytes.length;
                    result = ingestBytes(name, bytes, ArticleMetadata.NONE, tables.forFile(file));
                } catch (IOException e) {
                    result = IngestResult.rejected("cannot read file: " + e.getMessage());
                }
            }
            statements += result.statements();
            record(run, file.getFileName().toString(), file.toString(), size, result);
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
        MetadataTables tables = MetadataTables.among(uploads);
        int statements = 0;
        for (UploadedFile upload : uploads) {
            Optional<String> skip = skipReason(upload.fileName(), tables.tableUploaded(upload.fileName()));
            IngestResult result = skip.isPresent() ? IngestResult.skipped(skip.get())
                    : ingestBytes(upload.fileName(), upload.content(), given, tables.forUpload(upload.fileName()));
            statements += result.statements();
            record(run, upload.fileName(), null, (long) upload.content().length, result);
        }
        return finish(run, statements);
    }

    private static Optional<String> skipReason(String fileName, Optional<MetadataTable> table) {
        if (table.isPresent()) {
            return Optional.of("metadata table (" + table.get().rows() + " rows), read for the articles beside it");
        }
        return NonArticleFiles.reason(fileName);
    }

    private IngestResult ingestBytes(String fileName, byte[] bytes, ArticleMetadata given, ArticleMetadata table) {
        try {
            return ingestion.ingest(fileReader.read(fileName, bytes, given, table));
        } catch (RejectedFileException e) {
            return IngestResult.rejected(e.getMessage());
        } catch (RuntimeException e) {
            // The transaction has rolled back; the batch goes on and the outcome row says why.
            log.error("{}: could not be stored", fileName, e);
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            return IngestResult.rejected("could not be stored: " + cause.getMessage());
        }
    }

    private void record(IngestionRun run, String fileName, String path, Long size, IngestResult result) {
        files.save(new IngestionFile(run.getId(), fileName, path, size, result, clock.instant()));
        run.count(result.outcome());
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
        run.finish(clock.instant());
        runs.save(run);
        return new IngestionReport(run.getId(), run.getIngested(), run.getDuplicates(), run.getReextracted(),
                run.getUpdated(), run.getSkipped(), run.getRejected(), statements);
    }
}
