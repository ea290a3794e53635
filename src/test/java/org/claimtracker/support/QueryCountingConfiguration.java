package org.claimtracker.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource so tests can count what a request or an ingestion sends to the database: the
 * SQL statements it runs, and the round trips they take (a batch of inserts is one round trip, and as many
 * statements as it holds).
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCountingConfiguration {

    /** What reached the database since the last {@link #reset()}. */
    public static final class QueryCounter {

        private final AtomicLong statements = new AtomicLong();
        private final AtomicLong roundTrips = new AtomicLong();

        public void reset() {
            statements.set(0);
            roundTrips.set(0);
        }

        /** SQL statements executed, each statement of a batch counted. */
        public long statements() {
            return statements.get();
        }

        /** Executions: a batch counts once. */
        public long roundTrips() {
            return roundTrips.get();
        }
    }

    @Bean
    QueryCounter queryCounter() {
        return new QueryCounter();
    }

    @Bean
    static BeanPostProcessor countingDataSource(ObjectProvider<QueryCounter> counter) {
        // a static post-processor with a lazy counter, so wrapping the DataSource does not create beans too early
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    QueryExecutionListener listener = new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(ExecutionInfo info, List<QueryInfo> queries) {
                        }

                        @Override
                        public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
                            QueryCounter c = counter.getObject();
                            c.statements.addAndGet(queries.size());
                            c.roundTrips.incrementAndGet();
                        }
                    };
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(listener).build();
                }
                return bean;
            }
        };
    }
}
