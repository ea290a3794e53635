package org.claimtracker.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is given, so the application runs with no
 * database installed. With a data directory the server keeps its data there, durably (fsync on); without one it
 * uses a throw-away directory, as the tests do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ClaimTrackerProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (properties.persistentDatabase()) {
            Path dir = Path.of(properties.dataDir(), "postgres").toAbsolutePath();
            Files.createDirectories(dir);
            removeStalePidFile(dir);
            builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    /**
     * A JVM killed with {@code kill -9} leaves its postgres running without a parent, or at least its pid file,
     * and postgres will not start over either. Stop such an orphan and remove the file; refuse only when the
     * server still belongs to a live application.
     */
    static void removeStalePidFile(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            Optional<ProcessHandle> server = (firstLine.matches("\\d+")
                    ? ProcessHandle.of(Long.parseLong(firstLine)) : Optional.<ProcessHandle>empty())
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
            if (server.isPresent()) {
                ProcessHandle postgres = server.get();
                boolean owned = postgres.parent().filter(ProcessHandle::isAlive)
                        .flatMap(parent -> parent.info().command())
                        .filter(command -> command.contains("java"))
                        .isPresent();
                if (owned) {
                    throw new IllegalStateException("another Claim Tracker (its PostgreSQL has pid " + firstLine
                            + ") is using " + dataDir + "; stop it or set claimtracker.data-dir to another folder");
                }
                log.warn("Stopping PostgreSQL pid {} left running on {} by an earlier run", firstLine, dataDir);
                stop(postgres);
            }
            Files.deleteIfExists(pidFile);
            log.warn("Removed the stale postmaster.pid left in {} by an earlier run", dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + pidFile, e);
        }
    }

    private static void stop(ProcessHandle postgres) {
        // SIGINT is postgres' fast shutdown: it rolls back open transactions and exits cleanly.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid())).start().waitFor();
            postgres.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postgres.destroyForcibly();
        }
    }
}
