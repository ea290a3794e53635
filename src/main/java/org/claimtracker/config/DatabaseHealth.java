package org.claimtracker.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "db" health check (also part of readiness), on a connection of its own rather than one of the pool's: under a
 * crowd of readers every pooled connection is busy, and a check that queued for one would report a healthy
 * database as down. Replaces Spring Boot's check of the same name.
 */
@Component("dbHealthContributor")
class DatabaseHealth implements HealthIndicator {

    private static final String TIMEOUT_SECONDS = "3";

    private final DataSource dataSource;
    private volatile boolean wasDown;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(Integer.parseInt(TIMEOUT_SECONDS));
            statement.execute("select 1");
            if (wasDown) {
                dropPooledConnections(); // opened before the database went away: they are dead now
                wasDown = false;
            }
            return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            wasDown = true;
            return Health.down(e).build();
        }
    }

    private void dropPooledConnections() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** A new connection with the pool's settings, or, for a pool of another kind, one of its connections. */
    private Connection connect() throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.getConnection();
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", TIMEOUT_SECONDS);
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
