package org.claimtracker.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review queue's progress tables are counted from the corrections and the kept statement counts; after
 * confirmations, corrections and rejections they must equal a count over every statement.
 */
@IntegrationTest
class ReviewProgressTests {

    /** The progress columns counted statement by statement, as the queue counted them before kept counts. */
    private static final String EVERY_STATEMENT_COUNTED = """
            count(*) filter (where exists (select 1 from correction c where c.statement_id = s.id)) as reviewed,
            count(*) filter (where exists (select 1 from correction c
                                            where c.statement_id = s.id and c.kind <> 'CONFIRM')) as corrected,
            count(*) filter (where not exists (select 1 from correction c where c.statement_id = s.id)) as unreviewed
            """;

    @Autowired
    ReviewQueue queue;

    @Autowired
    StatementCorrections corrections;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void ingest(@Autowired DatabaseCleaner cleaner, @Autowired IngestionRunner runner) {
        cleaner.clean();
        runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND, IngestionProgress.NONE);
    }

    @Test
    void progressEqualsACountOverEveryStatement() {
        List<Long> withTopics = jdbc.queryForList("""
                select s.id from statement s where s.actor_id is not null
                   and exists (select 1 from position p where p.statement_id = s.id) order by s.id""", Long.class);
        assertThat(withTopics).hasSizeGreaterThan(4);
        corrections.correct(withTopics.get(0), CorrectionKind.CONFIRM, null, "checked", "ed");
        corrections.correct(withTopics.get(0), CorrectionKind.TOPICS, "CEASEFIRE:OPPOSES", "read again", "ed");
        corrections.correct(withTopics.get(1), CorrectionKind.CONFIRM, null, "checked", "ed");
        corrections.correct(withTopics.get(2), CorrectionKind.KIND, "INDIRECT", "paraphrase", "ed");
        corrections.correct(withTopics.get(3), CorrectionKind.REJECT, null, "not a statement", "ed");

        assertThat(queue.bySpeaker()).isEqualTo(recountBySpeaker());
        assertThat(queue.bySpeaker()).anyMatch(p -> p.reviewed() > 0 && p.corrected() > 0);
        assertThat(queue.bySpeaker()).anyMatch(p -> p.rejected() > 0);
        assertThat(queue.byTopic()).isEqualTo(recountByTopic());
        assertThat(queue.byTopic()).anyMatch(p -> p.reviewed() > 0);
    }

    private List<ReviewQueue.Progress> recountBySpeaker() {
        return jdbc.query("""
                with counted as (
                    select ac.slug as key, %s
                      from statement s join actor ac on ac.id = s.actor_id group by ac.slug),
                rejected as (
                    select split_part(before_value, '|', 1) as key, count(*) as rejected
                      from correction where kind = 'REJECT' group by 1)
                select ac.slug, ac.name, coalesce(c.reviewed, 0), coalesce(c.corrected, 0),
                       coalesce(r.rejected, 0), coalesce(c.unreviewed, 0) as unreviewed
                  from counted c full join rejected r on r.key = c.key join actor ac on ac.slug = coalesce(c.key, r.key)
                 order by unreviewed desc, ac.name limit 30""".formatted(EVERY_STATEMENT_COUNTED),
                (rs, n) -> row(rs));
    }

    private List<ReviewQueue.Progress> recountByTopic() {
        return jdbc.query("""
                with counted as (
                    select p.topic_code as key, %s
                      from position p join statement s on s.id = p.statement_id group by p.topic_code),
                rejected as (
                    select split_part(pair, ':', 1) as key, count(*) as rejected
                      from correction, regexp_split_to_table(nullif(split_part(before_value, '|', 2), ''), ',') pair
                     where kind = 'REJECT' group by 1)
                select t.code, t.label, coalesce(c.reviewed, 0), coalesce(c.corrected, 0), coalesce(r.rejected, 0),
                       coalesce(c.unreviewed, 0)
                  from topic t left join counted c on c.key = t.code left join rejected r on r.key = t.code
                 order by t.sort_order""".formatted(EVERY_STATEMENT_COUNTED), (rs, n) -> row(rs));
    }

    private static ReviewQueue.Progress row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReviewQueue.Progress(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6));
    }
}
