package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleHeadline;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementHit;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ArticleMetadataIngestionTests {

    @Autowired
    IngestionRunner runner;

    @Autowired
    IngestionFileRepository files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementSearch search;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    private IngestionReport ingest() {
        return runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
    }

    private Map<String, Object> article(String sourceName) {
        return jdbc.queryForMap("select title, headline, outlet, author, url, published_on::text as published_on, "
                + "date_source from article where source_name = ?", sourceName);
    }

    @Test
    void describesArticlesFromATsvTableBesideThemAndSkipsTheFilesThatAreNoArticles() {
        TestArticles.write(dir, "MANIFEST.tsv", "file\tdate\toutlet\ttitle\tsource_address\tword_count\n"
                + "001_talks.txt\t2025-02-10\tReuters\tRussia plays hardball\thttps://www.reuters.com/a/ (via a mirror)\t7\n"
                + "999_missing.txt\t2025-02-11\tAP\tNo such file\thttps://apnews.com/b\t1\n");
        TestArticles.write(dir, "001_talks.txt", "“All conditions must be met,” Ryabkov said.");
        TestArticles.write(dir, "002_untabled.txt", " date 2025-02-12\nThe talks went on in Riyadh. More text.");
        TestArticles.write(dir, "README.md", "# About this corpus");
        TestArticles.write(dir, "dev.gold.jsonl", "{}");

        IngestionReport report = ingest();

        assertThat(report.ingested()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.rejected()).isZero();
        assertThat(files.findByRunIdOrderById(report.runId()))
                .extracting(f -> f.getFileName() + " " + f.getOutcome() + ": " + f.getReason())
                .containsExactly(
                        "001_talks.txt INGESTED: null",
                        "002_untabled.txt INGESTED: null",
                        "MANIFEST.tsv SKIPPED: metadata table (2 rows), read for the articles beside it",
                        "README.md SKIPPED: not an article: README.md is a project note",
                        "dev.gold.jsonl SKIPPED: not an article: a JSON Lines data file");
        assertThat(article("001_talks.txt")).containsEntry("title", "Russia plays hardball")
                .containsEntry("headline", "Russia plays hardball").containsEntry("outlet", "Reuters")
                .containsEntry("url", "https://www.reuters.com/a/").containsEntry("published_on", "2025-02-10")
                .containsEntry("date_source", "METADATA_TABLE");
        assertThat(article("002_untabled.txt")).containsEntry("title", null)
                .containsEntry("headline", "The talks went on in Riyadh.").containsEntry("outlet", null);
    }

    @Test
    void aHeaderOutranksACsvTableWhichFillsInWhatTheHeaderLeavesOut() {
        TestArticles.write(dir, "meta.csv", "File,Title,Outlet,Author,URL,Date\n"
                + "a.txt,Table title,BBC News,\"Rosenberg, Steve\",https://www.bbc.com/news/a,2025-03-01\n");
        TestArticles.write(dir, "a.txt", " date 2025-03-13\n title Header title\n\n“We agree,” Putin said.");

        ingest();

        assertThat(article("a.txt")).containsEntry("title", "Header title").containsEntry("outlet", "BBC News")
                .containsEntry("author", "Rosenberg, Steve").containsEntry("url", "https://www.bbc.com/news/a")
                .containsEntry("published_on", "2025-03-13").containsEntry("date_source", "HEADER");
    }

    @Test
    void readingTheSameTextWithNewMetadataUpdatesTheArticleWithoutADuplicate() {
        TestArticles.write(dir, "a.txt", " date 2025-03-13\n“We agree,” Putin said.");
        ingest();
        TestArticles.write(dir, "meta.csv", "file,headline,publisher\na.txt,Putin agrees,Kremlin.ru\n");

        IngestionReport again = ingest();
        IngestionReport third = ingest();

        assertThat(again.updated()).isEqualTo(1);
        assertThat(third.updated()).isZero();
        assertThat(third.duplicates()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(1);
        assertThat(article("a.txt")).containsEntry("title", "Putin agrees").containsEntry("headline", "Putin agrees")
                .containsEntry("outlet", "Kremlin.ru").containsEntry("published_on", "2025-03-13");
        assertThat(files.findByRunIdOrderById(again.runId())).extracting(IngestionFile::getOutcome)
                .containsExactly(FileOutcome.UPDATED, FileOutcome.SKIPPED);
    }

    @Test
    void statementsAreListedUnderTheOutletANewReadingNames() {
        TestArticles.write(dir, "a.txt", " date 2025-03-13\n“We agree,” Putin said.");
        ingest();
        assertThat(fromSource("kremlin.ru")).isEmpty();
        assertThat(fromSource("a.txt")).hasSize(1);

        TestArticles.write(dir, "meta.csv", "file,headline,publisher\na.txt,Putin agrees,Kremlin.ru\n");
        ingest();

        assertThat(fromSource("KREMLIN.RU")).extracting(StatementHit::content).containsExactly("We agree");
        assertThat(fromSource("a.txt")).hasSize(1);
        assertThat(fromSource("Kremlin")).isEmpty();
    }

    private List<StatementHit> fromSource(String source) {
        return search.find(new StatementFilter(List.of(), null, null, null, null, null, source, null, null, 0, 20))
                .items();
    }

    @Test
    void aRowWrittenWithoutAHeadlineGetsTheOneTheApplicationWouldGive() {
        List<String> bodies = List.of("Mr. Peskov said the talks would go on. Then he left.\nMore.",
                "word ".repeat(40) + "and on.", "Short first paragraph without a stop\nNext.");
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            String stored = jdbc.queryForObject("insert into article (source_name, date_source, body, body_length, "
                    + "content_hash, ingested_at, extractor_version) values ('a.txt', 'NONE', ?, ?, ?, now(), 't') "
                    + "returning headline", String.class, body, body.length(), Article.contentHashOf(body));

            assertThat(stored).as(body).isEqualTo(ArticleHeadline.of(null, body));
        }
    }

    @Test
    void seedsWithoutMetadataAreHeadlinedByTheirFirstSentenceNeverTheFileName() {
        runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        List<Map<String, Object>> rows = jdbc.queryForList("select source_name, headline from article");
        assertThat(rows).hasSize(5).allSatisfy(row -> {
            String headline = (String) row.get("headline");
            assertThat(headline).isNotBlank().doesNotContain((String) row.get("source_name"))
                    .doesNotContain(".txt").hasSizeLessThanOrEqualTo(160);
        });
    }
}
