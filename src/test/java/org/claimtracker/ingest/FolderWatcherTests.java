package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.claimtracker.config.ClaimTrackerProperties;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

@IntegrationTest
class FolderWatcherTests {

    @Autowired
    IngestionRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path inbox;

    FolderWatcher watcher;

    @BeforeEach
    void watchTheInbox() throws Exception {
        cleaner.clean();
        var ingest = new ClaimTrackerProperties.Ingest(List.of(), DataSize.ofMegabytes(5), inbox.toString(),
                Duration.ofSeconds(1));
        watcher = new FolderWatcher(runner, new ClaimTrackerProperties("", ingest, new ClaimTrackerProperties.Editor("editor", "secret")), Clock.systemUTC());
        watcher.start();
        watcher.destroy(); // the test polls by hand
    }

    @Test
    void ingestsAFileOnceItHasSettledAndMovesItAway() {
        TestArticles.write(inbox, "a.txt", "“We must be open,” he told reporters.");
        TestArticles.write(inbox, "b.txt", "");

        int firstLook = watcher.poll();
        int secondLook = watcher.poll();

        assertThat(firstLook).isZero();
        assertThat(secondLook).isEqualTo(2);
        assertThat(inbox.resolve("processed/a.txt")).exists();
        assertThat(inbox.resolve("rejected/b.txt")).exists();
        assertThat(inbox.resolve("a.txt")).doesNotExist();
        assertThat(jdbc.queryForList("select outcome || ' ' || coalesce(reason, '') from ingestion_file f "
                + "join ingestion_run r on r.id = f.run_id where r.trigger = 'WATCHER' order by f.id", String.class))
                .containsExactly("INGESTED ", "REJECTED file is empty");
        assertThat(watcher.poll()).isZero();
    }

    @Test
    void waitsForAFileThatIsStillBeingWritten() {
        TestArticles.write(inbox, "a.txt", "“We must be open,”");
        watcher.poll();
        TestArticles.write(inbox, "a.txt", "“We must be open,” he told reporters, adding more.");

        assertThat(watcher.poll()).isZero();
        assertThat(watcher.poll()).isEqualTo(1);
    }
}
