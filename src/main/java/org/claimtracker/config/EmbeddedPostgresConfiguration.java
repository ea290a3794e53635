package org.claimtracker.config;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
    EmbeddedDatabase embeddedDatabase(ClaimTrackerProperties properties, ObjectProvider<EmbeddedDatabaseStart> early)
            throws IOException {
        Path dataDir = EmbeddedDatabaseEarlyStart.dataDirectory(properties.dataDir());
        EmbeddedDatabaseStart started = early.getIfAvailable();
        EmbeddedDatabase database = started != null && started.isFor(dataDir) ? started.take()
                : EmbeddedDatabase.start(dataDir);
        if (dataDir != null) {
            database.whenServerDies(() -> {
                log.error("The embedded PostgreSQL stopped under the running application; exiting with status 1 "
                        + "so that a supervisor can start both again");
                System.exit(1);
            });
        }
        return database;
    }

    /**
     * The pool for the embedded server, configured from {@code spring.datasource.hikari.*} as the external one is
     * (pool size, timeouts and the connection options in application.yml).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.appRole());
        dataSource.setPassword(database.appPassword());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
