package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.claimtracker.extraction.Stance;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.statement.PositionHistory;
import org.claimtracker.statement.PositionMatrix;
import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StandingPosition;
import org.claimtracker.statement.StanceChange;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Properties of the stored positions over the real corpus (the seeds and {@code ../shared/corpus}), checked for
 * every speaker and topic rather than a hand-picked one: what a page says a speaker's stance is agrees with the
 * statement it quotes, and no change of position rests on statements of one day or without a date.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusPositionsTests {

    private static final Path CORPUS = Path.of(System.getProperty("claimtracker.corpus", "../shared/corpus"));

    @Autowired
    MockMvc mvc;

    @Autowired
    PositionHistory history;

    @Autowired
    org.claimtracker.statement.PositionMatrixQuery matrices;

    @Autowired
    JdbcTemplate jdbc;

    List<String> speakers;

    @BeforeAll
    void ingestSeedsAndCorpus(@Autowired DatabaseCleaner cleaner, @Autowired IngestionRunner runner) {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), () -> "no corpus at " + CORPUS.toAbsolutePath());
        cleaner.clean();
        runner.ingestPaths(List.of(TestArticles.seeds(), CORPUS), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        speakers = jdbc.queryForList("select distinct ac.slug from position p join actor ac on ac.id = p.actor_id "
                + "order by ac.slug", String.class);
        assertThat(speakers).hasSizeGreaterThan(20);
    }

    @Test
    void everyHomeCardShowsTheStanceOfTheStatementItQuotes() throws Exception {
        Document home = html(mvc, "/");
        SoftAssertions softly = new SoftAssertions();
        int cards = 0;
        for (Element panel : home.select(".topic-panel")) {
            String topic = panel.attr("data-topic");
            for (Element card : panel.select(".actor-stances > li")) {
                cards++;
                String shown = card.select(".actor-line .stance-badge").text();
                long quoted = statementId(card.select(".quote-meta a[href^=/statements/]").first());
                if (!shown.equals("Mixed")) {
                    softly.assertThat(shown).as("%s on %s quoting statement %d", card.select(".speaker").text(),
                            topic, quoted).isEqualTo(Labels.stance(stanceOf(quoted, topic)));
                }
            }
        }
        softly.assertAll();
        assertThat(cards).isGreaterThan(5);
    }

    @Test
    void everySpeakerPageShowsForEachTopicTheStanceOfTheStatementItLinks() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String slug : speakers) {
            for (Element row : html(mvc, "/speakers/" + slug).select(".positions-table tbody tr")) {
                String topicHref = row.select("th a").attr("href");
                String topic = topicHref.substring(topicHref.lastIndexOf('/') + 1);
                String shown = row.select("td .standing .stance-badge").text();
                long quoted = statementId(row.select("td a.badge-link").first());
                if (!shown.equals("Mixed")) {
                    softly.assertThat(shown).as("%s on %s", slug, topic)
                            .isEqualTo(Labels.stance(stanceOf(quoted, topic)));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyMatrixCellAgreesWithTheStatementItQuotes() {
        PositionMatrix matrix = matrices.page(0);
        SoftAssertions softly = new SoftAssertions();
        for (PositionMatrix.Row row : matrix.rows()) {
            row.cells().forEach((topic, cell) -> {
                StandingPosition standing = cell.standing();
                if (!standing.mixed()) {
                    softly.assertThat(standing.quote().stance()).as("%s on %s", row.actorSlug(), topic)
                            .isEqualTo(standing.stance());
                    softly.assertThat(stanceOf(standing.quote().statementId(), topic)).isEqualTo(standing.stance());
                }
            });
        }
        softly.assertAll();
        assertThat(matrix.rows()).hasSizeGreaterThan(20);
    }

    @Test
    void noChangeIsFlaggedBetweenStatementsOfOneDayOrWithoutADate() {
        List<StanceChange> changes = new ArrayList<>();
        for (String slug : speakers) {
            history.forActor(slug).forEach(series -> changes.addAll(series.changes()));
        }
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.before().date()).isNotNull();
            assertThat(change.after().date()).isNotNull().isAfter(change.before().date());
            assertThat(change.before().confident()).isTrue();
            assertThat(change.after().confident()).isTrue();
            assertThat(change.before().stance()).isNotEqualTo(change.after().stance());
            assertThat(List.of(change.before().stance(), change.after().stance())).doesNotContain(Stance.NEUTRAL);
        });
    }

    @Test
    void theSameWordsReportedTwiceNeverCountAsTwoRemarks() {
        for (String slug : speakers) {
            for (PositionSeries series : history.forActor(slug)) {
                assertThat(series.points()).extracting(p -> p.content().toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip()).as("%s on %s", slug, series.topicCode()).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void zelenskySupportsSecurityGuaranteesOrSetsConditions() {
        String slug = jdbc.queryForObject("select slug from actor where name like '%Zelensk%' order by id limit 1",
                String.class);
        PositionSeries guarantees = history.forActor(slug).stream()
                .filter(s -> s.topicCode().equals("SECURITY_GUARANTEES")).findFirst().orElseThrow();

        assertThat(guarantees.standing().stance()).isIn(Stance.SUPPORTS, Stance.CONDITIONAL);
    }

    private Stance stanceOf(long statementId, String topic) {
        return Stance.valueOf(jdbc.queryForObject("select stance from position where statement_id = ? and topic_code = ?",
                String.class, statementId, topic));
    }

    private static long statementId(Element link) {
        String href = link.attr("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }
}
