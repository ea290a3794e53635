package org.claimtracker.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest PATH...}: stores the articles in files and folders without starting the web server, showing progress
 * on long batches. Exits non-zero only when no file could be read.
 */
public final class IngestCommand {

    private static final int PROGRESS_EVERY = 25;

    private IngestCommand() {
    }

    public static int run(Class<?> application, List<String> args, PrintStream err) {
        List<String> paths = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (paths.isEmpty()) {
            err.println("usage: ingest PATH...   (files or folders of .txt and .html articles)");
            return 2;
        }
        String[] springArgs = args.stream().filter(a -> a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // The command reports for itself on stderr; the framework's start-up chatter would bury it.
                // Lazy: only the beans ingestion needs are created, not the pages, API and security, which the
                // command has no use for; start-up to the first file is then mostly the database and Hibernate.
                .lazyInitialization(true)
                .properties("claimtracker.ingest.on-startup=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.org.claimtracker.ingest=ERROR")
                .run(springArgs)) {
            IngestionRunner runner = context.getBean(IngestionRunner.class);
            long started = System.nanoTime();
            IngestionReport report = runner.ingestPaths(paths.stream().map(Path::of).toList(),
                    IngestionTrigger.COMMAND, new IngestionProgress() {
                        @Override
                        public void started(int total) {
                            // shows how long start-up took: from here on the time is ingestion's
                            if (total >= PROGRESS_EVERY) {
                                err.printf("ingest: %d files to read%n", total);
                            }
                        }

                        @Override
                        public void fileDone(int done, int total, String file, IngestResult result) {
                            if (result.outcome() == FileOutcome.REJECTED) {
                                err.println("rejected " + file + ": " + result.reason());
                            }
                            if (total >= PROGRESS_EVERY && (done % PROGRESS_EVERY == 0 || done == total)) {
                                err.printf("ingest: %d/%d files (%d%%)%n", done, total, done * 100 / total);
                            }
                        }
                    });
            err.printf(Locale.ROOT, "ingest: %d files: %d ingested, %d already stored, %d re-extracted, %d with new metadata, "
                    + "%d skipped, %d rejected; %d statements (run %d) in %.2f s%n", report.files(), report.ingested(),
                    report.duplicates(), report.reextracted(), report.updated(), report.skipped(), report.rejected(),
                    report.statements(), report.runId(), (System.nanoTime() - started) / 1e9);
            return report.anyRead() ? 0 : 1;
        }
    }
}
