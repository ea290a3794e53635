package org.claimtracker.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimtracker.config.ClaimTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Ingests {@code claimtracker.ingest.paths} when the application starts; already stored articles are skipped. */
@Component
@ConditionalOnProperty(name = "claimtracker.ingest.on-startup", havingValue = "true", matchIfMissing = true)
class StartupIngestion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupIngestion.class);

    private final IngestionRunner runner;
    private final ClaimTrackerProperties properties;
    private final StartupIngestionStatus status;

    StartupIngestion(IngestionRunner runner, ClaimTrackerProperties properties, StartupIngestionStatus status) {
        this.status = status;
        this.runner = runner;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Path> paths = properties.ingest().paths().stream().filter(p -> !p.isBlank()).map(p -> Path.of(p.strip()))
                .toList();
        if (paths.isEmpty()) {
            return;
        }
        paths.stream().filter(p -> !Files.exists(p))
                .forEach(p -> log.warn("Start-up ingestion: {} does not exist", p.toAbsolutePath()));
        IngestionReport report;
        status.begin();
        try {
            report = runner.ingestPaths(paths.stream().filter(Files::exists).toList(), IngestionTrigger.STARTUP,
                    (done, total, file, result) -> status.progress(done, total));
        } catch (RuntimeException e) {
            // An unreadable folder, say: the site still starts, with what is stored already.
            log.error("Start-up ingestion of {} stopped; the application starts without it", paths, e);
            return;
        } finally {
            status.end();
        }
        log.info("Start-up ingestion of {}: {} articles ingested, {} already stored, {} re-extracted, {} with new "
                + "metadata, {} skipped as no articles, {} rejected", paths, report.ingested(), report.duplicates(),
                report.reextracted(), report.updated(), report.skipped(), report.rejected());
    }
}
