package org.claimtracker.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.correction.CorrectionKind;
import org.claimtracker.correction.SpeakerEdits;
import org.claimtracker.correction.StatementCorrections;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionReport;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summaries the pages read (counts per actor, topic, actor and topic, outlet and corpus, and each standing
 * position) are kept by triggers and by {@link PositionSummaries} as the data changes; after every kind of change
 * they must equal a recomputation from the rows.
 */
@IntegrationTest
class KeptSummariesTests {

    private static final Path CORPUS = Path.of("../shared/corpus");

    @Autowired
    IngestionRunner runner;

    @Autowired
    PositionSummaries summaries;

    @Autowired
    StatementCorrections corrections;

    @Autowired
    SpeakerEdits speakers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void ingest(@Autowired DatabaseCleaner cleaner) {
        cleaner.clean();
        List<Path> paths = new ArrayList<>(List.of(TestArticles.seeds()));
        if (Files.isDirectory(CORPUS)) {
            paths.add(CORPUS);
        }
        runner.ingestPaths(paths, IngestionTrigger.COMMAND, IngestionProgress.NONE);
    }

    @Test
    void ingestionKeepsEverySummaryEqualToARecount() {
        assertThat(count("actor_summary")).isPositive();
        assertThat(count("actor_topic_summary")).isPositive();
        assertThat(count("actor_topic_summary where stale")).isZero();
        assertThat(jdbc.queryForObject("select statements from corpus_summary", Long.class))
                .isEqualTo(count("statement"));
        assertKeptEqualsRecount();
    }

    @Test
    void reExtractionKeepsThemEqual() {
        jdbc.update("update article set extractor_version = 'older'");
        jdbc.update("delete from statement where seq % 3 = 1"); // what the older extractor found differs
        runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        assertKeptEqualsRecount();
    }

    @Test
    void reExtractionAndNewArticlesInOneBatchKeepThemEqual(@TempDir Path dir) {
        jdbc.update("update article set extractor_version = 'older' where source_name like '00%'");
        TestArticles.write(dir, "new-1.txt", " date 2025-05-02\nPeskov said: “Russia will not accept a ceasefire "
                + "without guarantees.”\n");
        TestArticles.write(dir, "new-2.txt", " date 2025-05-03\nTereshko said the minerals deal was close.\n");

        IngestionReport report = runner.ingestPaths(List.of(TestArticles.seeds(), dir), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);

        assertThat(report.reextracted()).isEqualTo(5);
        assertThat(report.ingested()).isEqualTo(2);
        assertKeptEqualsRecount();
    }

    @Test
    void deletingArticlesKeepsTheCountsEqualAndMarksTheirSpeakersStandingsForJudgingAgain() {
        long before = count("statement");
        jdbc.update("delete from article where id in (select id from article order by id limit 3)");

        assertThat(count("statement")).isLessThan(before);
        assertThat(count("actor_topic_summary where stale")).isPositive();
        transactions.executeWithoutResult(status -> summaries.refresh());
        assertKeptEqualsRecount();
    }

    @Test
    void correctionsAndMergesKeepThemEqual() {
        long statement = jdbc.queryForObject("""
                select s.id from statement s join position p on p.statement_id = s.id
                 where s.actor_id is not null order by s.id limit 1""", Long.class);
        corrections.correct(statement, CorrectionKind.TOPICS, "CEASEFIRE:OPPOSES,NATO:SUPPORTS", "read again", "ed");
        long other = jdbc.queryForObject("""
                select s.id from statement s join position p on p.statement_id = s.id
                 where s.actor_id is not null and s.id <> ? order by s.id desc limit 1""", Long.class, statement);
        corrections.correct(other, CorrectionKind.CONFIRM, null, "checked against the source", "ed");
        assertKeptEqualsRecount();

        List<String> biggest = jdbc.queryForList("""
                select a.slug from actor_summary su join actor a on a.id = su.actor_id
                 order by su.statements desc, a.slug limit 2""", String.class);
        speakers.merge(biggest.get(1), biggest.get(0), "one person", "ed");
        assertThat(count("actor_topic_summary where stale")).isZero();
        assertKeptEqualsRecount();
    }

    /** Snapshots the kept tables, recomputes them from the rows, and expects the same. */
    private void assertKeptEqualsRecount() {
        assertThat(count("statement where position_keys is distinct from statement_position_keys(id)"))
                .as("statements whose kept position keys differ from their positions").isZero();
        assertThat(count("statement where cardinality(position_keys) > 0")).isPositive();
        assertThat(count("statement s join article a on a.id = s.article_id"
                + " where s.outlet_key is distinct from lower(a.outlet)"))
                .as("statements whose kept outlet differs from their article's").isZero();
        Map<String, List<Map<String, Object>>> kept = snapshot();
        summaries.rebuild();
        assertThat(kept).isEqualTo(snapshot());
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("actor_summary", jdbc.queryForList("select * from actor_summary order by actor_id"));
        tables.put("topic_summary", jdbc.queryForList(
                "select * from topic_summary where statements > 0 order by topic_code"));
        tables.put("actor_topic_summary", jdbc.queryForList(
                "select * from actor_topic_summary order by actor_id, topic_code"));
        tables.put("corpus_summary", jdbc.queryForList("select * from corpus_summary"));
        tables.put("outlet_summary", jdbc.queryForList("select * from outlet_summary order by outlet"));
        tables.put("position_key_summary", jdbc.queryForList(
                "select * from position_key_summary order by position_key"));
        return tables;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
