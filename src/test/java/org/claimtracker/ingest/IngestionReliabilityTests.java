package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.claimtracker.config.ClaimTrackerProperties;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion under oversized files, failures in the watcher, parallel uploads and crashes: nothing stops a batch,
 * nothing is lost, no constraint error reaches the user.
 */
@IntegrationTest
@Tag("reliability")
class IngestionReliabilityTests {

    private static final String ARTICLE = "“We must be open,” he told reporters on Monday.";

    @Autowired
    IngestionRunner runner;

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    IngestionRunRepository runs;

    @Autowired
    IngestionFileRepository files;

    @Autowired
    InterruptedRuns interruptedRuns;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.claimtracker.statement.PositionSummaries summaries;

    @TempDir
    Path dir;

    @BeforeEach
    void clean(@Autowired DatabaseCleaner cleaner) {
        cleaner.clean();
    }

    private static ClaimTrackerProperties settings(Path inbox, Duration interval) {
        var ingest = new ClaimTrackerProperties.Ingest(List.of(), DataSize.ofMegabytes(5),
                inbox == null ? null : inbox.toString(), interval);
        return new ClaimTrackerProperties("", ingest, new ClaimTrackerProperties.Editor("editor", "secret"));
    }

    private static Path hugeSparseFile(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return file;
    }

    @Test
    void aFileOverTheLimitIsRejectedUnreadAndTheBatchGoesOn() throws Exception {
        hugeSparseFile(dir.resolve("0-huge.txt"), 3L * 1024 * 1024 * 1024);
        TestArticles.write(dir, "1-good.txt", ARTICLE);

        IngestionReport report = runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.ingested()).isEqualTo(1);
        List<IngestionFile> outcomes = files.findByRunIdOrderById(report.runId());
        assertThat(outcomes.get(0).getReason()).isEqualTo("file is 3221225472 bytes, over the limit of 5242880");
        assertThat(outcomes.get(0).getSizeBytes()).isEqualTo(3221225472L);
    }

    @Test
    void anUploadOverTheLimitIsRejectedWithoutOpeningIt() {
        AtomicBoolean opened = new AtomicBoolean();
        UploadedFile huge = new UploadedFile("huge.txt", 3L * 1024 * 1024 * 1024, () -> {
            opened.set(true);
            throw new IOException("must not be read");
        });

        IngestionReport report = runner.ingestUploads(List.of(huge, UploadedFile.of("good.txt",
                ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(opened).isFalse();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.ingested()).isEqualTo(1);
        assertThat(files.findByRunIdOrderById(report.runId()).get(0).getReason()).contains("over the limit");
    }

    @Test
    void theWatcherSurvivesAnyFailureAndHealthShowsIt() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        AtomicBoolean failNext = new AtomicBoolean(true);
        IngestionRunner failingOnce = new IngestionRunner(ingestion, runs, files, settings(null, Duration.ofSeconds(1)),
                Clock.systemUTC(), transactions, jdbc, summaries) {
            @Override
            public IngestionReport ingestPaths(List<Path> paths, IngestionTrigger trigger,
                    IngestionProgress progress) {
                if (failNext.getAndSet(false)) {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
                return super.ingestPaths(paths, trigger, progress);
            }
        };
        FolderWatcher watcher = new FolderWatcher(failingOnce, settings(inbox, Duration.ofMillis(200)),
                Clock.systemUTC());
        hugeSparseFile(inbox.resolve("huge.txt"), 3L * 1024 * 1024 * 1024);
        TestArticles.write(inbox, "good.txt", ARTICLE);
        try {
            watcher.start();
            long deadline = System.currentTimeMillis() + 20_000;
            boolean sawFailure = false;
            // Until both files are moved away and the poll that moved them has finished.
            while (System.currentTimeMillis() < deadline && !(Files.exists(inbox.resolve("processed/good.txt"))
                    && Files.exists(inbox.resolve("rejected/huge.txt"))
                    && watcher.health().getStatus().equals(Status.UP))) {
                sawFailure |= watcher.health().getStatus().equals(Status.DOWN);
                Thread.sleep(20);
            }
            assertThat(sawFailure).as("health was DOWN after the failed poll").isTrue();
            assertThat(inbox.resolve("processed/good.txt")).exists();
            assertThat(inbox.resolve("rejected/huge.txt")).exists();
            assertThat(watcher.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            watcher.destroy();
        }
    }

    @Test
    void aWatcherThatMakesNoProgressIsReportedStuck() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        FolderWatcher watcher = new FolderWatcher(runner, settings(inbox, Duration.ofSeconds(10)), clock);
        watcher.start();
        watcher.destroy(); // no polls: as if the one thread were blocked

        assertThat(watcher.health().getStatus()).isEqualTo(Status.UP);
        now.set(now.get().plus(Duration.ofMinutes(3)));
        assertThat(watcher.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(watcher.health().getDetails()).containsKey("stuckSince");
    }

    @Test
    void theSameNewArticleUploadedFourTimesAtOnceIsStoredOnceAndReportedAsDuplicates() throws Exception {
        List<IngestionReport> reports = inParallel(4, i -> runner.ingestUploads(List.of(UploadedFile.of("same-" + i
                + ".txt", ("“We will not give up Crimea,” said Olaf Brandtner, the defence minister, on Monday.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        assertThat(reports).extracting(IngestionReport::rejected).containsOnly(0);
        assertThat(reports.stream().mapToInt(IngestionReport::ingested).sum()).isEqualTo(1);
        assertThat(reports.stream().mapToInt(IngestionReport::duplicates).sum()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(1);
    }

    @Test
    void parallelArticlesNamingTheSameNewSpeakerAreAllStoredWithOneActor() throws Exception {
        for (int round = 0; round < 3; round++) {
            String name = "Ingrid Halvorsen" + "abc".charAt(round);
            int r = round;
            List<IngestionReport> reports = inParallel(4, i -> runner.ingestUploads(List.of(UploadedFile.of(
                    "speaker-" + r + "-" + i + ".txt", ("“Talks number " + r + "-" + i + " must go on,” said " + name
                            + ", the foreign minister.").getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

            assertThat(reports).extracting(IngestionReport::rejected).containsOnly(0);
            assertThat(reports).extracting(IngestionReport::ingested).containsOnly(1);
            assertThat(jdbc.queryForObject("select count(*) from actor where name = ?", Integer.class, name))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from ingestion_file where reason like '%duplicate key%'",
                Integer.class)).isZero();
    }

    @Test
    void aRunCutShortByACrashIsMarkedInterruptedWithTheCountsItRecorded() {
        Long run = jdbc.queryForObject("insert into ingestion_run (trigger, started_at) values ('COMMAND', "
                + "timestamptz '2026-01-01 10:00:00+00') returning id", Long.class);
        for (String outcome : List.of("DUPLICATE", "DUPLICATE", "REJECTED")) {
            jdbc.update("insert into ingestion_file (run_id, file_name, outcome, reason, processed_at) values (?, "
                    + "'f.txt', ?, ?, timestamptz '2026-01-01 10:00:05+00')", run, outcome,
                    outcome.equals("REJECTED") ? "file is empty" : null);
        }

        interruptedRuns.closeUnfinishedRuns();

        IngestionRun closed = runs.findById(run).orElseThrow();
        assertThat(closed.isInterrupted()).isTrue();
        assertThat(closed.getFinishedAt()).isEqualTo(Instant.parse("2026-01-01T10:00:05Z"));
        assertThat(closed.getDuplicates()).isEqualTo(2);
        assertThat(closed.getRejected()).isEqualTo(1);
        assertThat(closed.getFiles()).isEqualTo(3);
    }

    @Test
    void anArticleIsCommittedOnlyTogetherWithItsOutcomeRow() {
        jdbc.execute("""
                create or replace function fail_outcome_rows() returns trigger language plpgsql as $$
                begin
                    if new.outcome <> 'REJECTED' then raise exception 'outcome row lost'; end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger fail_outcome_rows before insert on ingestion_file for each row "
                + "execute function fail_outcome_rows()");
        try {
            IngestionReport report = runner.ingestUploads(List.of(UploadedFile.of("a.txt",
                    ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

            assertThat(jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
            assertThat(report.rejected()).isEqualTo(1);
        } finally {
            jdbc.execute("drop trigger fail_outcome_rows on ingestion_file");
            jdbc.execute("drop function fail_outcome_rows()");
        }
    }

    private interface Task<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> inParallel(int n, Task<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
