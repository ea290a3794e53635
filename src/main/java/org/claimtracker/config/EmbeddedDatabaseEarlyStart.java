package org.claimtracker.config;

import java.nio.file.Path;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL (when no {@code spring.datasource.url} is given) while Spring is still reading the
 * application's configuration, rather than after it: the server's {@code initdb} and start, about two seconds, then
 * overlap the context's preparation, which shortens the way to the first ingested file and to the first page.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            return;
        }
        String dataDir = Binder.get(environment).bind("claimtracker.data-dir", String.class).orElse("");
        EmbeddedDatabaseStart start = new EmbeddedDatabaseStart(dataDirectory(dataDir));
        beans.registerSingleton(EmbeddedDatabaseStart.BEAN_NAME, start);
        beans.registerDisposableBean(EmbeddedDatabaseStart.BEAN_NAME, start);
    }

    /** The folder {@link EmbeddedPostgresConfiguration} starts the server in, or null for a throw-away one. */
    static Path dataDirectory(String dataDir) {
        return dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath();
    }
}
