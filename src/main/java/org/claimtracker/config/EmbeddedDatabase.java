package org.claimtracker.config;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and what makes it safe to share a machine with: the data folder's ownership lock, a
 * server that listens on loopback only and asks every connection for a scram-sha-256 password, and an application
 * role that is not a superuser (so it cannot run {@code COPY ... TO PROGRAM}). The superuser's password stays in the
 * data folder ({@link DatabaseCredentials}, owner-only permissions); the application uses it only at start-up.
 */
final class EmbeddedDatabase implements Closeable {

    static final String APP_ROLE = "claimtracker";
    static final String DATABASE = "postgres";
    private static final String SCRAM_MARKER = "# claimtracker: passwords required";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;
    private Path postgresDir;
    private volatile boolean closing;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        this.lock = lock;
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /** Starts the server in {@code dataDir} (null: a throw-away folder, as the tests use). */
    static EmbeddedDatabase start(Path dataDir) throws IOException {
        DataDirectoryLock lock = dataDir == null ? null : DataDirectoryLock.acquire(dataDir);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256");
            DatabaseCredentials credentials;
            boolean secured = false;
            if (dataDir != null) {
                Path dir = dataDir.resolve("postgres");
                Files.createDirectories(dir);
                stopOrphan(dir);
                credentials = DatabaseCredentials.loadOrCreate(dataDir);
                secured = isSecured(dir);
                builder.setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            } else {
                credentials = DatabaseCredentials.generate();
            }
            if (secured) {
                builder.setConnectConfig("password", credentials.superuserPassword());
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(lock, postgres, credentials);
            database.secure();
            return database;
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(APP_ROLE, DATABASE).replaceFirst("\\?user=.*$", "");
    }

    String appRole() {
        return APP_ROLE;
    }

    String appPassword() {
        return credentials.appPassword();
    }

    /** The running postmaster, read from its pid file. */
    Optional<ProcessHandle> postmaster() {
        return postmasterOf(dataDirectory());
    }

    Path dataDirectory() {
        return postgresDir;
    }

    private Map<String, String> superuser() {
        return Map.of("password", credentials.superuserPassword());
    }

    /**
     * Sets the passwords, makes the application's role own its database and schema (objects an older, trusting
     * version created as the superuser included), then requires passwords from every connection.
     */
    private void secure() throws IOException {
        Path hba;
        try (Connection c = postgres.getPostgresDatabase(superuser()).getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("alter role postgres password " + literal(credentials.superuserPassword()));
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
                    + "create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole; end if; end $$");
            sql.execute("alter role " + APP_ROLE + " nosuperuser password " + literal(credentials.appPassword()));
            sql.execute("alter database " + DATABASE + " owner to " + APP_ROLE);
            sql.execute("alter schema public owner to " + APP_ROLE);
            sql.execute("""
                    do $$ declare o record; begin
                      for o in select c.relname, c.relkind from pg_class c
                               where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v', 'm', 'p', 'S')
                                 and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('e', 'i', 'a'))
                      loop execute format('alter %s public.%I owner to claimtracker',
                               case o.relkind when 'S' then 'sequence' when 'v' then 'view'
                                              when 'm' then 'materialized view' else 'table' end, o.relname);
                      end loop;
                      for o in select p.oid::regprocedure as sig from pg_proc p
                               where p.pronamespace = 'public'::regnamespace
                                 and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
                      loop execute format('alter function %s owner to claimtracker', o.sig);
                      end loop;
                    end $$""");
            try (var rows = sql.executeQuery("select current_setting('hba_file'), current_setting('data_directory')")) {
                rows.next();
                hba = Path.of(rows.getString(1));
                postgresDir = Path.of(rows.getString(2));
            }
            if (!Files.readString(hba).contains(SCRAM_MARKER)) {
                Files.writeString(hba, SCRAM_MARKER + "\n"
                        + "local all all scram-sha-256\n"
                        + "host all all 127.0.0.1/32 scram-sha-256\n"
                        + "host all all ::1/128 scram-sha-256\n");
                sql.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot secure the embedded PostgreSQL", e);
        }
    }

    private static boolean isSecured(Path dir) throws IOException {
        Path hba = dir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba).contains(SCRAM_MARKER);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Called only while holding the folder's lock: a postmaster still running on it belonged to an instance that is
     * gone (killed with {@code kill -9}, say), so it is stopped and its pid file removed; postgres would not start
     * over either.
     */
    static void stopOrphan(Path postgresDir) {
        Path pidFile = postgresDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        postmasterOf(postgresDir).ifPresent(orphan -> {
            log.warn("Stopping PostgreSQL pid {} left running on {} by an instance that is gone", orphan.pid(),
                    postgresDir);
            stop(orphan);
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + pidFile, e);
        }
        log.warn("Removed the stale postmaster.pid left in {} by an earlier run", postgresDir);
    }

    static Optional<ProcessHandle> postmasterOf(Path postgresDir) {
        Path pidFile = postgresDir.resolve("postmaster.pid");
        try {
            String firstLine = Files.exists(pidFile)
                    ? Files.readAllLines(pidFile).stream().findFirst().orElse("").strip() : "";
            return (firstLine.matches("\\d+") ? ProcessHandle.of(Long.parseLong(firstLine))
                    : Optional.<ProcessHandle>empty())
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    private static void stop(ProcessHandle postgres) {
        // SIGINT is postgres' fast shutdown: it rolls back open transactions and exits cleanly.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid())).start().waitFor();
            postgres.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            postgres.destroyForcibly();
        }
    }

    /**
     * Runs {@code action} if the server process ends while the application still needs it (not when the
     * application closes it).
     */
    void whenServerDies(Runnable action) {
        ProcessHandle server = postmaster().orElseThrow(() -> new IllegalStateException("no postmaster running"));
        server.onExit().thenRun(() -> {
            if (!closing) {
                action.run();
            }
        });
    }

    @Override
    public void close() throws IOException {
        closing = true;
        try {
            postgres.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
