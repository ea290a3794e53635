package org.claimtracker.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionReport;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.support.CorrectionArticle;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Corrections are records of their own: they survive an extractor upgrade that finds every statement again. */
@IntegrationTest
class CorrectionReplayTests {

    @Autowired
    IngestionRunner runner;

    @Autowired
    StatementCorrections corrections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        cleaner.clean();
        TestArticles.write(dir, "a.txt", CorrectionArticle.TEXT);
    }

    @Test
    void aSpeakerAStanceARejectionAndAnAddedStatementAllHoldAfterReExtraction() {
        ingest();
        long zelensky = statementSaying("ready to sign");
        long peskov = statementSaying("never accept");
        long rubio = statementSaying("wonderful day");
        long articleId = jdbc.queryForObject("select id from article", Long.class);
        String body = jdbc.queryForObject("select body from article", String.class);
        int start = body.indexOf(CorrectionArticle.MISSED);

        corrections.correctSpeakerToNewActor(zelensky, "Andriy Yermak", ActorKind.PERSON, "Yermak said it", "ed");
        corrections.correct(peskov, CorrectionKind.TOPICS, "CEASEFIRE:OPPOSES,NEGOTIATIONS:CONDITIONAL",
                "both topics", "ed");
        corrections.correct(rubio, CorrectionKind.REJECT, null, "a caption, not a statement", "ed");
        corrections.addMissed(articleId, new TextSpan(start, start + CorrectionArticle.MISSED.length()), StatementKind.INDIRECT,
                "", Map.of("NEGOTIATIONS", Stance.SUPPORTS), "missed reported speech", "ed");
        assertAllFourHold();

        jdbc.update("update article set extractor_version = 'older'");
        IngestionReport again = ingest();

        assertThat(again.reextracted()).isEqualTo(1);
        assertAllFourHold();
        assertThat(jdbc.queryForObject("select count(*) from correction where status = 'NEEDS_ATTENTION'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from correction where statement_id is null and kind <> 'REJECT'",
                Integer.class)).isZero();
    }

    @Test
    void aCorrectionThatCanNoLongerBePlacedNeedsAttentionAndIsKept() {
        ingest();
        long peskov = statementSaying("never accept");
        corrections.correct(peskov, CorrectionKind.KIND, "DIRECT", "it is quoted", "ed");
        String body = jdbc.queryForObject("select body from article", String.class);
        String weather = "The weather in Kyiv was cold and grey all week.";
        int start = body.indexOf(weather);
        // as if the editor had corrected a statement an older extractor found in a sentence this one skips
        jdbc.update("update correction set anchor_start = ?, anchor_end = ?, anchor_text = ?", start,
                start + weather.length(), "a sentence the article no longer has");

        jdbc.update("update article set extractor_version = 'older'");
        ingest();

        assertThat(jdbc.queryForList("select status from correction", String.class)).containsExactly("NEEDS_ATTENTION");
        assertThat(jdbc.queryForObject("select attention_reason from correction", String.class))
                .contains("no statement stands");
    }

    @Test
    void eachKindOfCorrectionChangesTheStoredStatementAndRecordsBeforeAndAfter() {
        ingest();
        long peskov = statementSaying("never accept");
        Map<String, Object> row = jdbc.queryForMap("select start_offset, end_offset from statement where id = ?",
                peskov);
        int start = (Integer) row.get("start_offset");
        int end = (Integer) row.get("end_offset");

        corrections.correct(peskov, CorrectionKind.KIND, "direct", "quoted", "ed");
        corrections.correct(peskov, CorrectionKind.SPAN, (start + 1) + "-" + end, "tighter", "ed");
        corrections.correct(peskov, CorrectionKind.TOPICS, "CEASEFIRE:OPPOSES", "stance", "ed");
        corrections.correct(peskov, CorrectionKind.SAID_ON, "2025-03-08", "said on Saturday", "ed");
        corrections.correct(peskov, CorrectionKind.CONFIRM, null, "checked", "ed");

        Map<String, Object> after = jdbc.queryForMap("select s.kind, s.start_offset, s.content, s.said_on,"
                + " substr(a.body, s.start_offset + 1, s.end_offset - s.start_offset) as body_text"
                + " from statement s join article a on a.id = s.article_id where s.id = ?", peskov);
        assertThat(after.get("kind")).isEqualTo("DIRECT");
        assertThat(after.get("start_offset")).isEqualTo(start + 1);
        assertThat(after.get("content")).isEqualTo(after.get("body_text"));
        assertThat(after.get("said_on").toString()).isEqualTo("2025-03-08");
        assertThat(jdbc.queryForList("select topic_code || ':' || stance || ':' || stated_on from position"
                + " where statement_id = ?", String.class, peskov)).containsExactly("CEASEFIRE:OPPOSES:2025-03-08");
        assertThat(jdbc.queryForList("select kind || ' ' || coalesce(before_value, '') || ' -> '"
                + " || coalesce(after_value, '') from correction order by id", String.class))
                .containsExactly("KIND INDIRECT -> DIRECT", "SPAN " + start + "-" + end + " -> " + (start + 1) + "-" + end,
                        "TOPICS " + jdbc.queryForObject("select before_value from correction where kind = 'TOPICS'",
                                String.class) + " -> CEASEFIRE:OPPOSES",
                        "SAID_ON " + jdbc.queryForObject("select coalesce(before_value, '') from correction"
                                + " where kind = 'SAID_ON'", String.class) + " -> 2025-03-08",
                        "CONFIRM  -> ");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'CORRECTION_%'",
                Integer.class)).isEqualTo(5);
    }

    private void assertAllFourHold() {
        assertThat(jdbc.queryForObject("select a.name from statement s join actor a on a.id = s.actor_id"
                + " where s.content like '%ready to sign%'", String.class)).isEqualTo("Andriy Yermak");
        assertThat(jdbc.queryForList("select p.topic_code || ':' || p.stance from position p"
                + " join statement s on s.id = p.statement_id where s.content like '%never accept%'"
                + " order by p.topic_code", String.class))
                .containsExactly("CEASEFIRE:OPPOSES", "NEGOTIATIONS:CONDITIONAL");
        assertThat(jdbc.queryForObject("select count(*) from statement where content like '%wonderful day%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForList("select s.kind || ':' || s.decided_by || ':' || p.topic_code || ':' || p.stance"
                + " from statement s join position p on p.statement_id = s.id where s.content = ?", String.class,
                CorrectionArticle.MISSED)).containsExactly("INDIRECT:editor:NEGOTIATIONS:SUPPORTS");
    }

    private IngestionReport ingest() {
        return runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
    }

    private long statementSaying(String words) {
        List<Long> ids = jdbc.queryForList("select id from statement where content like ?", Long.class,
                "%" + words + "%");
        assertThat(ids).as("statements saying '%s'", words).hasSize(1);
        return ids.get(0);
    }
}
