package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseOrphanTests {

    @TempDir
    Path dataDir;

    @Test
    void removesAPidFileWhoseProcessIsGone() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(dataDir.resolve("postmaster.pid"), finished.pid() + "\n" + dataDir + "\n");

        EmbeddedDatabase.stopOrphan(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void removesAPidFileWhosePidNowBelongsToAnotherProgram() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");

        EmbeddedDatabase.stopOrphan(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leavesADataDirectoryWithoutPidFileAlone() {
        EmbeddedDatabase.stopOrphan(dataDir);

        assertThat(dataDir).isEmptyDirectory();
    }
}
