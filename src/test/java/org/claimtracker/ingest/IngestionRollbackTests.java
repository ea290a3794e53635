package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.ArticleAnalysis;
import org.claimtracker.extraction.ArticleText;
import org.claimtracker.extraction.ExtractedStatement;
import org.claimtracker.extraction.Speaker;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementExtractor;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An article whose statements the database refuses leaves no rows behind: not the article, not the actors or
 * statements stored before the failure. The extractor here reports a span past the end of any article it reads
 * "broken" in, after a valid statement by a new actor.
 */
@Tag("database")
@SpringBootTest
@Import({ DatabaseCleaner.class, IngestionRollbackTests.FaultyExtraction.class })
class IngestionRollbackTests {

    @TestConfiguration
    static class FaultyExtraction {

        @Bean
        @Primary
        StatementExtractor faultyExtractor() {
            return new StatementExtractor() {
                @Override
                public ArticleAnalysis extract(ArticleText article) {
                    int length = article.body().length();
                    Speaker speaker = new Speaker("Ada Example", ActorKind.PERSON, List.of());
                    var valid = new ExtractedStatement(StatementKind.DIRECT, List.of(new TextSpan(0, 4)),
                            article.body().substring(0, 4), speaker, "Ada", "said", "test", 1, null,
                            Map.of("CEASEFIRE", Stance.SUPPORTS));
                    if (!article.body().contains("broken")) {
                        return new ArticleAnalysis(List.of(valid), List.of());
                    }
                    var outside = new ExtractedStatement(StatementKind.DIRECT, List.of(new TextSpan(0, length + 10)),
                            "x", speaker, "Ada", "said", "test", 1, null, Map.of());
                    return new ArticleAnalysis(List.of(valid, outside), List.of());
                }

                @Override
                public String version() {
                    return "faulty";
                }
            };
        }
    }

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
    void aFailureInsideAnArticleRollsBackAllOfItAndTheBatchGoesOn() {
        TestArticles.write(dir, "a-broken.txt", "This article is broken.");
        TestArticles.write(dir, "b-fine.txt", "This article is fine.");

        IngestionReport report = runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.ingested()).isEqualTo(1);
        assertThat(files.findByRunIdOrderById(report.runId()).get(0).getReason())
                .startsWith("could not be stored:")
                .contains("fall outside the body of article");
        assertThat(jdbc.queryForList("select source_name from article", String.class)).containsExactly("b-fine.txt");
        assertThat(jdbc.queryForObject("select count(*) from statement", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from position", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from actor", Long.class)).isEqualTo(1);
    }
}
