package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command stores up to {@link IngestionRunner#ARTICLES_PER_TRANSACTION} articles per transaction; an upload
 * stores each in its own. Both must store exactly the same: speakers met under a surname, then a full name, then the
 * surname again, within one batch; aliases, roles and their bodies, lexicon affiliations; the same text twice.
 */
@Tag("database")
@SpringBootTest
@Import(DatabaseCleaner.class)
class BatchIngestionTests {

    /** Invented articles; the same speakers recur across them, as in a day's news. */
    private static final Map<String, String> ARTICLES = Map.of(
            "b1-surname.txt", " date 2025-04-01\nTereshko said on Monday that the talks must go on.\n",
            "b2-full-name.txt", " date 2025-04-02\nZoran Tereshko, the Balkan envoy, said: “We will not sign a "
                    + "ceasefire without security guarantees.”\n",
            "b3-surname-again.txt", " date 2025-04-03\n“The minerals deal is close,” Tereshko told reporters.\n",
            "b4-kremlin.txt", " date 2025-04-04\nKremlin spokesman Dmitry Peskov said: “Russia supports a ceasefire "
                    + "only on its own terms.”\n",
            "b5-peskov.txt", " date 2025-04-05\nPeskov said the talks in Riyadh had been useful.\n",
            "b6-same-text.txt", " date 2025-04-04\nKremlin spokesman Dmitry Peskov said: “Russia supports a ceasefire "
                    + "only on its own terms.”\n");

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
    void aBatchStoresWhatOneArticleTransactionsStore() throws IOException {
        List<Path> batch = articles();

        IngestionReport batched = runner.ingestPaths(batch, IngestionTrigger.COMMAND, IngestionProgress.NONE);
        assertThat(batched.ingested()).isEqualTo(batch.size() - 1);
        List<String> together = snapshot();

        cleaner.clean();
        List<UploadedFile> uploads = new ArrayList<>();
        for (Path file : batch) {
            uploads.add(UploadedFile.of(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        IngestionReport oneByOne = runner.ingestUploads(uploads);

        assertThat(oneByOne.ingested()).isEqualTo(batched.ingested());
        assertThat(oneByOne.duplicates()).isEqualTo(batched.duplicates()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(together);
        assertThat(together).contains("actor Zoran Tereshko PERSON", "alias Zoran Tereshko: Tereshko",
                "affiliation Dmitry Peskov -> Kremlin");
    }

    @Test
    void outcomesKeepTheOrderOfTheFilesAndTheSameTextIsADuplicateOfTheFirst() {
        List<Path> batch = articles();

        IngestionReport report = runner.ingestPaths(batch, IngestionTrigger.COMMAND, IngestionProgress.NONE);

        List<IngestionFile> outcomes = files.findByRunIdOrderById(report.runId());
        assertThat(outcomes).extracting(IngestionFile::getFileName)
                .containsExactlyElementsOf(batch.stream().map(p -> p.getFileName().toString()).toList());
        IngestionFile copy = outcomes.stream().filter(f -> f.getFileName().startsWith("b6")).findFirst().orElseThrow();
        IngestionFile first = outcomes.stream().filter(f -> f.getFileName().startsWith("b4")).findFirst().orElseThrow();
        assertThat(copy.getOutcome()).isEqualTo(FileOutcome.DUPLICATE);
        assertThat(copy.getArticleId()).isEqualTo(first.getArticleId());
    }

    /** The five sample articles and the invented ones, in the order the command reads them. */
    private List<Path> articles() {
        ARTICLES.forEach((name, text) -> TestArticles.write(dir, name, text));
        try (Stream<Path> seeds = Files.list(TestArticles.seeds())) {
            seeds.forEach(seed -> TestArticles.write(dir, seed.getFileName().toString(), readBytes(seed)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ArticleFiles.expand(List.of(dir));
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything ingestion decides, without the ids and times that differ between two runs. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select 'actor ' || name || ' ' || kind from actor order by 1", String.class));
        rows.addAll(jdbc.queryForList("""
                select 'alias ' || a.name || ': ' || al.alias from actor_alias al join actor a on a.id = al.actor_id
                 order by 1""", String.class));
        rows.addAll(jdbc.queryForList("""
                select rtrim('affiliation ' || a.name || ' -> ' || b.name || ' ' || coalesce(f.valid_from::text, '')
                       || coalesce(' role ' || r.role, ''))
                  from actor_affiliation f join actor a on a.id = f.actor_id join actor b on b.id = f.body_id
                  left join actor_role r on r.id = f.role_id order by 1""", String.class));
        rows.addAll(jdbc.queryForList("""
                select 'role ' || ar.source_name || ' ' || a.name || ': ' || r.role
                  from actor_role r join actor a on a.id = r.actor_id join article ar on ar.id = r.article_id
                 order by 1""", String.class));
        rows.addAll(jdbc.queryForList("""
                select 'statement ' || ar.source_name || ' #' || s.seq || ' ' || s.kind || ' ' || coalesce(a.name, '?')
                       || ' ' || s.effective_on || ': ' || s.content
                  from statement s join article ar on ar.id = s.article_id left join actor a on a.id = s.actor_id
                 order by 1""", String.class));
        rows.addAll(jdbc.queryForList("""
                select 'position ' || ar.source_name || ' #' || s.seq || ' ' || p.topic_code || ' ' || p.stance
                  from position p join statement s on s.id = p.statement_id join article ar on ar.id = s.article_id
                 order by 1""", String.class));
        rows.addAll(jdbc.queryForList("""
                select 'summary ' || a.name || ' ' || su.statements || ' ' || su.first_on || ' ' || su.last_on
                  from actor_summary su join actor a on a.id = su.actor_id order by 1""", String.class));
        return rows;
    }
}
