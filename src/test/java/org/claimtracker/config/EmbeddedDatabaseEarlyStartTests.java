package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.claimtracker.ClaimTrackerApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded server starts while the context is prepared; the configuration takes that server, and a context
 * that fails before taking it leaves no server behind on the data folder.
 */
@Tag("reliability")
class EmbeddedDatabaseEarlyStartTests {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopAnyServer() {
        EmbeddedDatabase.postmasterOf(dataDir.resolve("postgres")).ifPresent(ProcessHandle::destroy);
    }

    /** The application without web server, on the data folder (arguments outrank the tests' settings). */
    private ConfigurableApplicationContext start(String... arguments) {
        String[] args = new String[arguments.length + 1];
        args[0] = "--claimtracker.data-dir=" + dataDir;
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return new SpringApplicationBuilder(ClaimTrackerApplication.class).web(WebApplicationType.NONE)
                .lazyInitialization(true).properties("claimtracker.ingest.on-startup=false").run(args);
    }

    @Test
    void theConfigurationTakesTheServerStartedEarly() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);

            assertThat(context.getBean(EmbeddedDatabaseStart.class).isFor(dataDir.toAbsolutePath())).isTrue();
            assertThat(EmbeddedDatabase.postmasterOf(dataDir.resolve("postgres"))).isPresent();
            assertThat(database.jdbcUrl()).isNotBlank();
        }
        assertThat(EmbeddedDatabase.postmasterOf(dataDir.resolve("postgres"))).isEmpty();
    }

    @Test
    void aContextThatFailsToStartStopsTheServerItStartedEarly() throws InterruptedException {
        assertThatThrownBy(() -> start("--claimtracker.ingest.max-bytes=0"))
                .hasStackTraceContaining("claimtracker.ingest.max-bytes");

        // the start may still be under way: once it has ended, no server may be left
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("embedded-postgres-start")) {
                thread.join(60_000);
            }
        }
        assertThat(EmbeddedDatabase.postmasterOf(dataDir.resolve("postgres"))).isEmpty();
    }
}
