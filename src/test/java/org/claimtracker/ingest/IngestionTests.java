package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class IngestionTests {

    @Autowired
    IngestionRunner runner;

    @Autowired
    IngestionFileRepository files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    @Test
    void ingestsTheSeedsOnceAndSkipsThemTheSecondTime() {
        IngestionReport first = runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);
        IngestionReport second = runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);

        assertThat(first.ingested()).isEqualTo(5);
        assertThat(first.statements()).isPositive();
        assertThat(second.ingested()).isZero();
        assertThat(second.duplicates()).isEqualTo(5);
        assertThat(count("article")).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from statement", Long.class)).isEqualTo(first.statements());
        assertThat(files.findByRunIdOrderById(second.runId()))
                .extracting(IngestionFile::getOutcome).containsOnly(FileOutcome.DUPLICATE);
    }

    @Test
    void findsTheStatementsAgainWhenAnOlderExtractorReadTheArticle() {
        IngestionReport first = runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);
        jdbc.update("update article set extractor_version = 'older'");
        jdbc.update("delete from statement where seq > 0");

        IngestionReport again = runner.ingestPaths(List.of(TestArticles.seeds()), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);

        assertThat(again.reextracted()).isEqualTo(5);
        assertThat(again.statements()).isEqualTo(first.statements());
        assertThat(count("article")).isEqualTo(5);
        assertThat(count("statement")).isEqualTo(first.statements());
        assertThat(jdbc.queryForList("select distinct extractor_version from article", String.class))
                .doesNotContain("older");
    }

    @Test
    void readsTheSeedDateHeaderAndStoresTheBodyWithoutIt() {
        TestArticles.write(dir, "dated.txt", " date 2025-03-02\n“We are ready,” Zelensky said.\n");
        TestArticles.write(dir, "inline.txt", " date 2025-03-03 “We are ready too,” Zelensky said.");

        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        assertThat(jdbc.queryForList("select source_name || ' ' || published_on || ' ' || date_source || ' ' || body"
                + " from article order by source_name", String.class)).containsExactly(
                "dated.txt 2025-03-02 HEADER “We are ready,” Zelensky said.",
                "inline.txt 2025-03-03 HEADER “We are ready too,” Zelensky said.");
    }

    @Test
    void rejectsEachBadFileWithItsReasonAndIngestsTheRestOfTheBatch() {
        TestArticles.write(dir, "a-good.txt", "“We must be open,” he told reporters.");
        TestArticles.write(dir, "b-empty.txt", "   \n");
        TestArticles.write(dir, "c-binary.txt", new byte[] {'a', 0, 'b'});
        TestArticles.write(dir, "d-latin1.txt", "caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        TestArticles.write(dir, "e-bad-date.txt", " date 2025-02-30\nText.");
        TestArticles.write(dir, "f-notes.docx", "not an article");
        TestArticles.write(dir, "g-huge.txt", "x".repeat(5 * 1024 * 1024 + 1));

        IngestionReport report = runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        assertThat(report.ingested()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(6);
        assertThat(files.findByRunIdOrderById(report.runId()))
                .extracting(f -> f.getFileName() + ": " + f.getReason())
                .containsExactly(
                        "a-good.txt: null",
                        "b-empty.txt: file is empty",
                        "c-binary.txt: binary file: it contains NUL bytes",
                        "d-latin1.txt: not valid UTF-8 text",
                        "e-bad-date.txt: malformed date header '2025-02-30': expected date YYYY-MM-DD",
                        "f-notes.docx: unsupported file type '.docx': expected .txt, .html or .htm",
                        "g-huge.txt: file is 5242881 bytes, over the limit of 5242880");
        assertThat(count("article")).isEqualTo(1);
    }

    @Test
    void readsHtmlTitleDateAndArticleTextWithoutPageFurniture() {
        TestArticles.write(dir, "page.html", """
                <html><head><title>Kremlin rejects truce | Example News</title>
                <meta property="article:published_time" content="2025-03-14T09:30:00Z">
                <style>p { color: red }</style><script>var tracking = 1;</script></head>
                <body><nav><p>Home</p><p>World</p></nav>
                <article><h1>Kremlin rejects truce</h1>
                <p>“There can be no pause,” Dmitry Peskov said on Friday.</p>
                <p>The talks continue.</p></article>
                <footer><p>Copyright</p></footer></body></html>
                """);

        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        var row = jdbc.queryForMap("select title, published_on::text as published_on, date_source, body from article");
        assertThat(row).containsEntry("title", "Kremlin rejects truce | Example News")
                .containsEntry("published_on", "2025-03-14")
                .containsEntry("date_source", "HTML_METADATA")
                .containsEntry("body", "Kremlin rejects truce\n“There can be no pause,” Dmitry Peskov said on Friday.\n"
                        + "The talks continue.");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
