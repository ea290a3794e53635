package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.QueryCountingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingestion talks to the database in batches: the round trips an article costs do not grow with its statements
 * (pooled ids let Hibernate batch the inserts; the speakers are looked up together).
 */
@IntegrationTest
@Import(QueryCountingConfiguration.class)
class IngestionRoundTripTests {

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    QueryCountingConfiguration.QueryCounter counter;

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
        counter.reset();
        ingest(article);
        return counter.roundTrips();
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
}
