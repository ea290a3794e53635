package org.claimtracker.config;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is given, so the application runs with no
 * database installed. With a data directory the server keeps its data there, durably (fsync on), under the folder's
 * ownership lock; without one it uses a throw-away directory, as the tests do. Should the server die under the
 * running application, the application exits with status 1 so that its supervisor (systemd, docker) restarts both:
 * half an application answering 500s helps nobody.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(ClaimTrackerProperties properties) throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.persistentDatabase()
                ? Path.of(properties.dataDir()).toAbsolutePath() : null);
        if (properties.persistentDatabase()) {
            database.whenServerDies(() -> {
                log.error("The embedded PostgreSQL stopped under the running application; exiting with status 1 "
                        + "so that a supervisor can start both again");
                System.exit(1);
            });
        }
        return database;
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.appRole());
        dataSource.setPassword(database.appPassword());
        dataSource.setMaximumPoolSize(10);
        // A page or health check waits at most this long for a connection, not the default 30 s.
        dataSource.setConnectionTimeout(5_000);
        dataSource.setPoolName("embedded-postgres");
        // as spring.datasource.hikari.data-source-properties gives an external server: one multi-row insert per batch
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
