package org.claimtracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server under a second instance, a crashed owner, a local intruder and a dying postmaster. */
@Tag("reliability")
class EmbeddedDatabaseReliabilityTests {

    @TempDir
    Path dataDir;

    Process owner;

    @AfterEach
    void stopTheOtherInstance() throws Exception {
        if (owner != null && owner.isAlive()) {
            owner.destroyForcibly().waitFor();
        }
        EmbeddedDatabase.postmasterOf(dataDir.resolve("postgres")).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void aSecondInstanceOnTheSameFolderRefusesToStartAndLeavesTheFirstRunning() throws Exception {
        long firstServer = startOwnerInAnotherProcess();

        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining("Another Claim Tracker is running on the data folder")
                .hasMessageContaining("pid " + owner.pid())
                .hasMessageContaining("claimtracker.data-dir");

        assertThat(ProcessHandle.of(firstServer)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(owner.isAlive()).isTrue();
        // Spring Boot reports it as a short "APPLICATION FAILED TO START" with what to do.
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> EmbeddedDatabase.start(dataDir));
        var analysis = new DataFolderInUseFailureAnalyzer().analyze(new RuntimeException("wrapped", refusal));
        assertThat(analysis.getDescription()).startsWith("Another Claim Tracker is running on the data folder");
        assertThat(analysis.getAction()).contains("CLAIMTRACKER_DATA_DIR");
    }

    @Test
    void theServerOfAnInstanceThatIsGoneIsStoppedAndTheFolderTakenOver() throws Exception {
        long orphan = startOwnerInAnotherProcess();
        owner.destroyForcibly().waitFor(); // kill -9: its postgres lives on, parentless
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).hasValue(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.appRole(),
                    database.appPassword())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void theServerAsksForPasswordsAndTheApplicationIsNoSuperuser() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            String url = database.jdbcUrl();
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, database.appRole(), "wrong"))
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(url, database.appRole(), database.appPassword());
                    var sql = c.createStatement()) {
                var row = sql.executeQuery("select rolsuper from pg_roles where rolname = current_user");
                row.next();
                assertThat(row.getBoolean(1)).isFalse();
                assertThatThrownBy(() -> sql.execute("copy (select 1) to program 'true'"))
                        .hasMessageContaining("permission denied");
            }
            assertThat(url).contains("localhost");
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(DatabaseCredentials.FILE_NAME)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        // A restart finds the stored passwords and its locked-down server again.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(again.jdbcUrl(), again.appRole(), again.appPassword())) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void aFolderCreatedByAnOlderTrustingVersionIsLockedDownAndItsTablesHandedToTheApplication() throws Exception {
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false).start();
                Connection c = old.getPostgresDatabase().getConnection(); var sql = c.createStatement()) {
            sql.execute("create table kept (id bigserial primary key, note text)");
            sql.execute("insert into kept (note) values ('from before')");
            sql.execute("create function kept_count() returns bigint language sql as 'select count(*) from kept'");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), database.appRole(),
                        database.appPassword());
                var sql = c.createStatement()) {
            sql.execute("insert into kept (note) values ('after')");
            sql.execute("alter table kept add column added int");
            var row = sql.executeQuery("select kept_count()");
            row.next();
            assertThat(row.getLong(1)).isEqualTo(2);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aServerThatDiesUnderTheApplicationIsReported() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(null)) {
            CountDownLatch died = new CountDownLatch(1);
            database.whenServerDies(died::countDown);

            database.postmaster().orElseThrow().destroyForcibly();

            assertThat(died.await(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    private long startOwnerInAnotherProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        owner = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseOwner.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream()));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                long pid = Long.parseLong(line.substring(6).strip());
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return pid;
            }
        }
        throw new IllegalStateException("the other instance did not start: exit " + owner.waitFor());
    }
}
