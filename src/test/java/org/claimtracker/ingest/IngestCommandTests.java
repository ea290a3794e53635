package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.claimtracker.ClaimTrackerApplication;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ingest} command as a user runs it: its own application context, no web server, a report on stderr. */
@Tag("database")
class IngestCommandTests {

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void ingestsWhatItCanReportsEachRejectionAndSucceeds() {
        String unique = UUID.randomUUID().toString();
        TestArticles.write(dir, "a.txt", " date 2025-03-02\n“We are ready to sign,” Zelensky said. " + unique);
        TestArticles.write(dir, "b.txt", "");

        int exit = IngestCommand.run(ClaimTrackerApplication.class,
                List.of(dir.toString(), "--claimtracker.data-dir=", "--server.port=0"), err);

        String report = errBytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(report).contains("rejected " + dir.resolve("b.txt") + ": file is empty")
                .containsPattern("ingest: 2 files: 1 ingested, 0 already stored, 0 re-extracted, 0 with new metadata, "
                        + "0 skipped, 1 rejected; \\d+ statements \\(run \\d+\\)");
    }

    @Test
    void explainsUsageWithoutPaths() {
        int exit = IngestCommand.run(ClaimTrackerApplication.class, List.of("--claimtracker.data-dir="), err);

        assertThat(exit).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).startsWith("usage: ingest PATH...");
    }
}
