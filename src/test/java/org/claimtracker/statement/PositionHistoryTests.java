package org.claimtracker.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PositionHistoryTests {

    @Autowired
    PositionHistory history;

    @Autowired
    org.claimtracker.statement.PositionMatrixQuery matrices;

    @Autowired
    org.claimtracker.topic.TopicQueries topics;

    @Autowired
    SimilarStatements similar;

    Statement early;
    Statement late;
    Statement copy;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        TestData data = new TestData(articles, actors, statements);
        Actor putin = data.actor("Vladimir Putin", ActorKind.PERSON);
        Actor trump = data.actor("Donald Trump", ActorKind.PERSON);
        var march = data.article("march.txt", "AP", LocalDate.of(2025, 3, 13),
                "Putin said “We agree with the idea of a ceasefire, but there are nuances.”");
        var april = data.article("april.txt", "BBC", LocalDate.of(2025, 4, 2),
                "Putin said “There will be no ceasefire.” Trump said “A deal on minerals is done.”");
        var reprint = data.article("reprint.txt", "Reuters", LocalDate.of(2025, 3, 14),
                "Putin told reporters “We agree with the idea of a ceasefire, but there are nuances.”");
        early = data.statement(march, putin, "We agree with the idea of a ceasefire, but there are nuances.",
                Map.of("CEASEFIRE", Stance.CONDITIONAL));
        late = data.statement(april, putin, "There will be no ceasefire.", Map.of("CEASEFIRE", Stance.OPPOSES));
        data.statement(april, trump, "A deal on minerals is done.", Map.of("MINERALS_DEAL", Stance.SUPPORTS));
        copy = data.statement(reprint, putin, "We agree with the idea of a ceasefire, but there are nuances.",
                Map.of("CEASEFIRE", Stance.CONDITIONAL));
    }

    @Test
    void actorHistoryFlagsTheChangeOfStanceWithBothStatementsAndCountsARepeatedRemarkOnce() {
        PositionSeries ceasefire = history.forActor("vladimir-putin").get(0);

        assertThat(ceasefire.topicCode()).isEqualTo("CEASEFIRE");
        assertThat(ceasefire.points()).extracting(PositionPoint::stance)
                .containsExactly(Stance.CONDITIONAL, Stance.OPPOSES);
        assertThat(ceasefire.points().get(0).reports()).extracting(PositionPoint.Report::statementId)
                .containsExactlyInAnyOrder(early.getId(), copy.getId());
        assertThat(ceasefire.points().get(0).date()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(ceasefire.count()).isEqualTo(3);
        assertThat(ceasefire.latest().statementId()).isEqualTo(late.getId());
        assertThat(ceasefire.standing().stance()).isEqualTo(Stance.OPPOSES);
        assertThat(ceasefire.standing().quote().statementId()).isEqualTo(late.getId());
        assertThat(ceasefire.changes()).singleElement().satisfies(change -> {
            assertThat(change.before().statementId()).isIn(early.getId(), copy.getId());
            assertThat(change.after().statementId()).isEqualTo(late.getId());
            assertThat(change.kind()).isEqualTo(StanceChange.Kind.CONDITION_DROPPED);
        });
    }

    @Test
    void aLowConfidenceRemarkMakesAChangeOnlyOnceAnEditorConfirmedIt(@Autowired JdbcTemplate jdbc) {
        jdbc.update("update position set confidence = 0.3 where statement_id = ?", late.getId());
        assertThat(history.forActor("vladimir-putin").get(0).changes()).isEmpty();

        jdbc.update("""
                insert into correction (article_id, content_hash, statement_id, kind, anchor_start, anchor_end,
                                        anchor_text, note, editor, created_at)
                select s.article_id, a.content_hash, s.id, 'CONFIRM', s.start_offset, s.end_offset, s.content,
                       'checked against the video', 'erin', now()
                  from statement s join article a on a.id = s.article_id where s.id = ?""", late.getId());

        assertThat(history.forActor("vladimir-putin").get(0).changes()).singleElement()
                .satisfies(change -> assertThat(change.after().statementId()).isEqualTo(late.getId()));
    }

    @Test
    void topicHistoryHasOneSeriesPerActorWhoSpokeOnIt() {
        assertThat(history.forTopic("CEASEFIRE")).extracting(PositionSeries::actorName)
                .containsExactly("Vladimir Putin");
        assertThat(history.forTopic("MINERALS_DEAL")).extracting(PositionSeries::actorName)
                .containsExactly("Donald Trump");
    }

    @Test
    void historiesOfSeveralTopicsComeInOneAnswerWithEmptyTopicsKept() {
        var byTopic = matrices.latestSpeakers(java.util.List.of("CEASEFIRE", "NATO", "MINERALS_DEAL"), 5);

        assertThat(byTopic.keySet()).containsExactly("CEASEFIRE", "NATO", "MINERALS_DEAL");
        assertThat(byTopic.get("CEASEFIRE")).extracting(row -> row.cell("CEASEFIRE").count()).containsExactly(3);
        assertThat(byTopic.get("NATO")).isEmpty();
        assertThat(topics.summaries()).filteredOn(t -> t.statements() > 0)
                .extracting(t -> Map.entry(t.code(), t.statements()))
                .containsExactly(Map.entry("CEASEFIRE", 3L), Map.entry("MINERALS_DEAL", 1L));
    }

    @Test
    void matrixHoldsTheStandingPositionAndCountsPerActorAndTopic() {
        PositionMatrix matrix = matrices.page(0);

        assertThat(matrix.topics()).hasSize(8);
        assertThat(matrix.rows()).extracting(PositionMatrix.Row::actorName)
                .containsExactly("Vladimir Putin", "Donald Trump");
        PositionMatrix.Cell cell = matrix.rows().get(0).cell("CEASEFIRE");
        assertThat(cell.standing().stance()).isEqualTo(Stance.OPPOSES);
        assertThat(cell.standing().quote().statementId()).isEqualTo(late.getId());
        assertThat(cell.count()).isEqualTo(3);
        assertThat(cell.counts()).containsEntry(Stance.CONDITIONAL, 2).containsEntry(Stance.OPPOSES, 1); // repeats count
        assertThat(matrix.rows().get(0).cell("NATO")).isNull();
    }

    @Test
    void sameDayDisagreementIsShownAsMixedOnThePagesAndInTheApiNeverAsAChange(@Autowired MockMvc mvc,
            @Autowired ArticleRepository articles, @Autowired ActorRepository actors,
            @Autowired StatementRepository statements) throws Exception {
        TestData data = new TestData(articles, actors, statements);
        var monday = data.article("monday.txt", "AP", LocalDate.of(2025, 4, 7),
                "Trump said “The minerals deal is a great deal.” Later Trump said “I reject the minerals deal.”");
        data.statement(monday, data.actor("donald-trump"), "The minerals deal is a great deal.",
                Map.of("MINERALS_DEAL", Stance.SUPPORTS));
        data.statement(monday, data.actor("donald-trump"), "I reject the minerals deal.",
                Map.of("MINERALS_DEAL", Stance.OPPOSES));

        // 2 Apr supports, 7 Apr both supports and opposes: a mixed day, no change
        PositionSeries minerals = history.forActor("donald-trump").get(0);
        assertThat(minerals.changes()).isEmpty();
        assertThat(minerals.mixedDays()).singleElement()
                .satisfies(day -> assertThat(day.date()).isEqualTo(LocalDate.of(2025, 4, 7)));
        assertThat(minerals.standing().mixed()).isTrue();

        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/speakers/donald-trump")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".positions-table .stance-mixed").text()).isEqualTo("Mixed");
        assertThat(page.select(".positions-table .changed-flag")).isEmpty();
        assertThat(page.select(".mixed-days li").text()).contains("7 Apr 2025", "a mixed day");
        var matrix = org.jsoup.Jsoup.parse(mvc.perform(get("/positions")).andReturn().getResponse()
                .getContentAsString());
        assertThat(matrix.select("a[href='/statements?speaker=donald-trump&topic=MINERALS_DEAL'] .stance-mixed"))
                .hasSize(1);
        mvc.perform(get("/api/actors/donald-trump/positions"))
                .andExpect(jsonPath("$.topics[0].standing.stance").value("MIXED"))
                .andExpect(jsonPath("$.topics[0].changes").isEmpty())
                .andExpect(jsonPath("$.topics[0].mixedDays[0].date").value("2025-04-07"));
    }

    @Test
    void theApiGivesEachChangeWithBothStatementsAndTheReasonItCounts(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(get("/api/actors/vladimir-putin/positions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topics[0].standing.stance").value("OPPOSES"))
                .andExpect(jsonPath("$.topics[0].standing.quoteStatementId").value(late.getId()))
                .andExpect(jsonPath("$.topics[0].history.length()").value(2))
                .andExpect(jsonPath("$.topics[0].history[0].reports.length()").value(2))
                .andExpect(jsonPath("$.topics[0].changes[0].kind").value("CONDITION_DROPPED"))
                .andExpect(jsonPath("$.topics[0].changes[0].before.date").value("2025-03-13"))
                .andExpect(jsonPath("$.topics[0].changes[0].after.statementId").value(late.getId()))
                .andExpect(jsonPath("$.topics[0].changes[0].after.text").value("There will be no ceasefire."))
                .andExpect(jsonPath("$.topics[0].changes[0].reason").value(
                        org.hamcrest.Matchers.containsString("on different days")));
    }

    @Test
    void findsTheSameWordsReportedInAnotherArticle() {
        assertThat(similar.of(early.getId())).extracting(SimilarStatement::id).containsExactly(copy.getId());
        assertThat(similar.of(early.getId()).get(0).identical()).isTrue();
    }
}
