package org.claimtracker.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL being started on a thread of its own, from the moment the application context is prepared
 * ({@link EmbeddedDatabaseEarlyStart}) until {@link EmbeddedPostgresConfiguration} takes it. Should the context fail
 * before that, closing it stops the server.
 */
final class EmbeddedDatabaseStart implements DisposableBean {

    static final String BEAN_NAME = "embeddedDatabaseStart";

    private final Path dataDir;
    private final CompletableFuture<EmbeddedDatabase> start;
    private volatile boolean taken;

    /** Starts the server in {@code dataDir} (null: a throw-away folder). */
    EmbeddedDatabaseStart(Path dataDir) {
        this.dataDir = dataDir;
        this.start = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedDatabase.start(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    boolean isFor(Path dir) {
        return Objects.equals(dataDir, dir);
    }

    /** The started server, once it is up; its start's failure, as {@link EmbeddedDatabase#start} would throw it. */
    EmbeddedDatabase take() throws IOException {
        taken = true;
        try {
            return start.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (!taken) {
            try {
                start.join().close();
            } catch (CompletionException e) {
                // it never started: nothing to stop
            }
        }
    }
}
