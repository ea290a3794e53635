package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingestion talks to the database in batches: the round trips an article costs do not grow with its statements
 * (pooled ids let Hibernate batch the inserts; the speakers are looked up together).
 */
@IntegrationTest
@Import(IngestionRoundTripTests.Counting.class)
class IngestionRoundTripTests {

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RoundTrips roundTrips;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anArticleCostsAsManyRoundTripsWithTwelveStatementsAsWithTwo(@Autowired DatabaseCleaner cleaner) {
        cleaner.clean();
        ingest(article("warm-up", 2)); // the two speakers are stored

        long two = roundTripsToIngest(article("two", 2));
        long twelve = roundTripsToIngest(article("twelve", 12));

        assertThat(jdbc.queryForObject("select count(*) from statement s join article a on a.id = s.article_id"
                + " where a.body like '%(twelve %'", Long.class)).isEqualTo(12);
        // a sequence call may fall to either article: one per pooled entity at most
        assertThat(twelve).isBetween(two - 2, two + 2);
        assertThat(two).isLessThanOrEqualTo(12);
    }

    private long roundTripsToIngest(ParsedArticle article) {
        roundTrips.count.set(0);
        ingest(article);
        return roundTrips.count.get();
    }

    private void ingest(ParsedArticle article) {
        IngestResult result = new TransactionTemplate(transactionManager).execute(status -> ingestion.ingest(article));
        assertThat(result.outcome()).isEqualTo(FileOutcome.INGESTED);
    }

    /** Quotations taking a side on the ceasefire, by two invented speakers named in full each time. */
    private static ParsedArticle article(String tag, int statements) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < statements; i++) {
            String speaker = i % 2 == 0 ? "Ada Marchetti" : "Boris Kentala";
            body.append("“We support a ceasefire along the river (").append(tag).append(' ').append(i)
                    .append("),” ").append(speaker).append(" said on Monday.\n\n");
        }
        return new ParsedArticle(tag + ".txt", TextNormaliser.normalise(body.toString()), ArticleMetadata.NONE);
    }

    static final class RoundTrips {
        private final AtomicLong count = new AtomicLong();
    }

    /** Counts executions against the database: a batch of inserts is one. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        RoundTrips roundTrips() {
            return new RoundTrips();
        }

        @Bean
        static BeanPostProcessor roundTripCountingDataSource(ObjectProvider<RoundTrips> roundTrips) {
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
                                roundTrips.getObject().count.incrementAndGet();
                            }
                        };
                        return ProxyDataSourceBuilder.create(dataSource).name("round-trips").listener(listener)
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}
