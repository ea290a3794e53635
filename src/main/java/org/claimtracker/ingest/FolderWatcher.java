package org.claimtracker.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.claimtracker.config.ClaimTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ingests the files dropped into {@code claimtracker.ingest.watch-dir}. A file is taken once its size and time stamp
 * have stayed the same for one interval (so a copy in progress is not read half-written), then moved to
 * {@code processed/} or, when rejected, to {@code rejected/}; the run log says why. Polling rather than the
 * operating system's change events works the same on local disks, network shares and container volumes.
 */
@Component
@ConditionalOnProperty("claimtracker.ingest.watch-dir")
class FolderWatcher implements DisposableBean, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration STUCK_AFTER_AT_LEAST = Duration.ofMinutes(2);

    record Seen(long size, long modified) {
    }

    private final IngestionRunner runner;
    private final Path inbox;
    private final long intervalMillis;
    private final Clock clock;
    private final Map<Path, Seen> lastSeen = new HashMap<>();
    /** When the watcher last showed it is alive: a poll finished, or a file of a long batch was done. */
    private volatile Instant lastProgress;
    private volatile String lastFailure;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "folder-watcher");
        thread.setDaemon(true);
        return thread;
    });

    FolderWatcher(IngestionRunner runner, ClaimTrackerProperties properties, Clock clock) {
        this.runner = runner;
        this.inbox = Path.of(properties.ingest().watchDir().strip());
        this.intervalMillis = properties.ingest().watchInterval().toMillis();
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws IOException {
        Files.createDirectories(inbox.resolve("processed"));
        Files.createDirectories(inbox.resolve("rejected"));
        log.info("Watching {} for new articles every {} ms", inbox.toAbsolutePath(), intervalMillis);
        lastProgress = clock.instant();
        scheduler.scheduleWithFixedDelay(this::pollSafely, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * One bad poll must not stop the watcher: a scheduled task that throws anything, an Error included, is never
     * run again, so everything is caught here and the next poll tries again. Health reports the failure meanwhile.
     */
    void pollSafely() {
        try {
            poll();
            lastFailure = null;
        } catch (Throwable e) {
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Watching {} failed; trying again in {} ms", inbox, intervalMillis, e);
        } finally {
            lastProgress = clock.instant();
        }
    }

    /**
     * DOWN when the last poll failed, or when the watcher has shown no progress (no poll finished, no file done) for
     * three intervals and at least two minutes: it is stuck.
     */
    @Override
    public Health health() {
        Instant progress = lastProgress;
        Duration stuckAfter = Duration.ofMillis(Math.max(3 * intervalMillis, STUCK_AFTER_AT_LEAST.toMillis()));
        Health.Builder health = Health.up().withDetail("folder", inbox.toAbsolutePath().toString());
        if (lastFailure != null) {
            return health.down().withDetail("lastFailure", lastFailure).build();
        }
        if (progress != null && progress.plus(stuckAfter).isBefore(clock.instant())) {
            return health.down().withDetail("stuckSince", progress.toString()).build();
        }
        return health.build();
    }

    /** Ingests the files that have settled since the last look; returns how many it took. */
    synchronized int poll() {
        List<Path> settled = settledFiles();
        if (settled.isEmpty()) {
            return 0;
        }
        runner.ingestPaths(settled, IngestionTrigger.WATCHER, (done, total, file, result) -> {
            lastProgress = clock.instant();
            moveAway(Path.of(file), result.outcome() == FileOutcome.REJECTED ? "rejected" : "processed");
        });
        settled.forEach(lastSeen::remove);
        return settled.size();
    }

    private List<Path> settledFiles() {
        Map<Path, Seen> now = new HashMap<>();
        try (Stream<Path> files = Files.list(inbox)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> now.put(f, seen(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
        List<Path> settled = now.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().equals(lastSeen.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        lastSeen.clear();
        lastSeen.putAll(now);
        return settled;
    }

    private static Seen seen(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Seen(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null; // gone or unreadable for now; looked at again next time
        }
    }

    private void moveAway(Path file, String folder) {
        Path target = inbox.resolve(folder).resolve(file.getFileName());
        if (Files.exists(target)) {
            target = target.resolveSibling(clock.millis() + "-" + file.getFileName());
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("Cannot move {} to {}: it will be looked at again", file, target, e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
