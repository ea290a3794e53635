package org.claimtracker.web;

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

/** Wraps the application's DataSource so tests can count the SQL statements a request runs. */
@TestConfiguration(proxyBeanMethods = false)
class QueryCountingConfiguration {

    /** SQL statements executed since the last {@link #reset()}, batches counted once per statement in them. */
    static final class QueryCounter {

        private final AtomicLong count = new AtomicLong();

        void reset() {
            count.set(0);
        }

        long count() {
            return count.get();
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
                            counter.getObject().count.addAndGet(queries.size());
                        }
                    };
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(listener).build();
                }
                return bean;
            }
        };
    }
}
