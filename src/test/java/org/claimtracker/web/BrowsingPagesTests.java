package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.htmx;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.file.Path;
import java.util.List;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionReport;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.claimtracker.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The home page, speakers, topics, the positions matrix and articles. */
@IntegrationTest
class BrowsingPagesTests {

    @Autowired
    MockMvc mvc;

    SampleCorpus corpus;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements,
            @Autowired ActorRoleRepository roles) {
        cleaner.clean();
        corpus = new SampleCorpus(new TestData(articles, actors, statements), roles);
    }

    @Test
    void homeShowsTheHeadlineTopicsWithEachActorsLatestStanceQuoteAndCounts() throws Exception {
        MvcResult result = mvc.perform(page("/")).andExpect(status().isOk()).andExpect(view().name("home/index"))
                .andReturn();
        Document doc = html(result);

        assertThat(doc.select(".topic-panel h3").eachText())
                .containsExactly("Ceasefire", "Security guarantees", "Minerals deal");
        Element ceasefire = doc.selectFirst(".topic-panel[data-topic=CEASEFIRE]");
        assertThat(ceasefire.select(".topic-counts").text()).isEqualTo("4 statements · 2 speakers");
        Element putin = ceasefire.selectFirst(".actor-stances > li");
        assertThat(putin.select(".speaker").text()).isEqualTo("Vladimir Putin");
        // where Putin stands now (2 Apr), quoted by the statement that takes that stance
        assertThat(putin.select(".stance-badge").text()).isEqualTo("Opposes");
        assertThat(putin.select(".stance-badge use").attr("href")).isEqualTo("#shape-opposes");
        assertThat(putin.select("blockquote").text()).contains("There will be no ceasefire");
        assertThat(putin.select("time").attr("datetime")).isEqualTo("2025-04-02");
        assertThat(putin.select(".quote-meta").text()).contains("based on 1 of 3 on this topic");
        assertThat(doc.select(".recent .statement-card")).hasSize(7);
        assertThat(doc.select(".stats dd").eachText()).contains("3", "7", "1 Mar 2025 – 2 Apr 2025");
    }

    @Test
    void speakersIndexListsStatementCountsInATable() throws Exception {
        MvcResult result = mvc.perform(page("/speakers")).andExpect(view().name("speakers/index")).andReturn();
        Document doc = html(result);

        assertThat(doc.select("table th[scope=col]")).isNotEmpty();
        assertThat(doc.select("tbody tr").eachText()).containsExactly("Vladimir Putin Person 3 13 Mar – 2 Apr 2025",
                "Volodymyr Zelensky Person Ukrainian President 2 1 Mar 2025", "Donald Trump Person 1 2 Apr 2025");
        assertThat(doc.select(".result-count strong").text()).isEqualTo("3");
    }

    @Test
    void speakersIndexSortsByName() throws Exception {
        Document doc = html(mvc, "/speakers?sort=name");

        assertThat(doc.select("tbody th a").eachText())
                .containsExactly("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky");
        assertThat(doc.select("a.sort-link[aria-current=true]").text()).isEqualTo("name");
    }

    @Test
    void speakersIndexRefusesAnUnknownOrder() throws Exception {
        mvc.perform(page("/speakers?sort=height")).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zelenskiy", "zelensky", "Zelenskyy", "Ukrainian%20leader", "Volodimir"})
    void speakerSearchForgivesMisspellingsAndKnowsAliases(String q) throws Exception {
        Document doc = html(mvc, "/speakers?q=" + q);

        assertThat(doc.select("tbody th a").eachText()).containsExactly("Volodymyr Zelensky");
    }

    @Test
    void speakerSearchAnswersHtmxWithTheResultsOnly() throws Exception {
        MvcResult result = mvc.perform(htmx("/speakers?q=putn", "speaker-results"))
                .andExpect(view().name("speakers/index :: results")).andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain("<html");
        assertThat(html(result).select("tbody th a").eachText()).containsExactly("Vladimir Putin");
        assertThat(html(mvc, "/speakers?q=Kissinger").select(".empty-state").text()).contains("Kissinger");
    }

    @Test
    void speakerProfileShowsAliasesRolesPositionsAndTheFeed() throws Exception {
        MvcResult result = mvc.perform(page("/speakers/volodymyr-zelensky")).andExpect(status().isOk())
                .andExpect(view().name("speakers/show")).andReturn();
        Document doc = html(result);

        assertThat(doc.select("main h1").text()).isEqualTo("Volodymyr Zelensky");
        assertThat(doc.select(".alias").eachText()).containsExactly("Zelenskyy", "the Ukrainian leader");
        assertThat(doc.select(".roles li").text()).contains("Ukrainian President", "AP", "1 Mar 2025");
        assertThat(doc.select(".roles a").attr("href")).isEqualTo("/articles/" + corpus.ap.getId());
        assertThat(doc.select(".positions-table tbody tr").eachText()).containsExactly(
                "Ceasefire Conditional 1 statement, 1 Mar 2025 1", "Security guarantees Supports 1 statement, 1 Mar 2025 1",
                "Minerals deal Supports 1 statement, 1 Mar 2025 1");
        assertThat(doc.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/speakers/volodymyr-zelensky/feed.atom");
        assertThat(doc.select("a.feed-link").attr("href")).isEqualTo("/speakers/volodymyr-zelensky/feed.atom");
        assertThat(doc.select("#browser .statement-card")).hasSize(2);
        assertThat(doc.select("#browser form").attr("action")).isEqualTo("/speakers/volodymyr-zelensky");
        assertThat(doc.select(".exports a").first().attr("href")).isEqualTo("/statements.csv?speaker=volodymyr-zelensky");
    }

    @Test
    void speakerTimelineFlagsAChangeOfStanceWithBothStatementsLinked() throws Exception {
        Document doc = html(mvc, "/speakers/vladimir-putin");

        // the repeated "nuances" remark counts once: one change, conditional (13 Mar) to opposes (2 Apr)
        assertThat(doc.select(".positions-table .changed-flag").text()).isEqualTo("changed 1×");
        assertThat(doc.select(".stance-change")).hasSize(1);
        Element first = doc.selectFirst(".stance-change");
        assertThat(first.select(".change-pair .change-quote").get(0).select("a").eachAttr("href")).containsExactly(
                "/statements/" + corpus.putinNuances.getId(), "/statements/" + corpus.putinNuancesAgain.getId());
        assertThat(first.select(".change-pair .change-quote").get(1).select("a").eachAttr("href"))
                .containsExactly("/statements/" + corpus.putinNo.getId());
        assertThat(first.select(".stance-badge").eachText()).containsExactly("Conditional", "Opposes");
        assertThat(first.select("time").eachAttr("datetime")).containsExactly("2025-03-13", "2025-04-02");
        assertThat(first.select(".change-reason").text()).contains("different days");
        assertThat(doc.select(".positions-table tbody tr").eachText())
                .containsExactly("Ceasefire Opposes 1 statement, 2 Apr 2025 changed 1× 3");
        assertThat(doc.select(".stance-chart svg.chart-wide .mark")).hasSize(2);
    }

    @Test
    void speakerStatementsTakeTheSameFiltersAsTheStatementList() throws Exception {
        Document doc = html(mvc, "/speakers/vladimir-putin?stance=OPPOSES");

        assertThat(doc.select("#browser .statement-card")).hasSize(1);
        assertThat(doc.select(".chip > span").eachText()).containsExactly("Stance: Opposes");
        assertThat(doc.select(".chip a").attr("href")).isEqualTo("/speakers/vladimir-putin");
        assertThat(doc.select("#f-speaker")).isEmpty();
        mvc.perform(htmx("/speakers/vladimir-putin?q=ceasefire", "results"))
                .andExpect(view().name("fragments/statements :: results"));
        mvc.perform(page("/speakers/vladimir-putin?from=soon")).andExpect(status().isBadRequest());
    }

    @Test
    void topicPageDrawsEveryActorsStancesAsAnSvgChartWithLegendTooltipsAndLinks() throws Exception {
        MvcResult result = mvc.perform(page("/topics/CEASEFIRE")).andExpect(view().name("topics/show")).andReturn();
        Document doc = html(result);

        Element svg = doc.selectFirst(".stance-chart svg.chart-wide");
        // the marks are links: an image (role="img") may hold none
        assertThat(svg.attr("role")).isEqualTo("group");
        assertThat(doc.select(".stance-chart [role=img]")).isEmpty();
        assertThat(svg.select(".row-label").eachText()).containsExactly("Vladimir Putin", "Volodymyr Zelensky");
        assertThat(svg.select(".row-link title").eachText()).containsExactly("Vladimir Putin", "Volodymyr Zelensky");
        assertThat(svg.select("a.mark")).hasSize(3);
        // the phone layout: the same marks, names above their rows
        Element narrow = doc.selectFirst(".stance-chart svg.chart-narrow");
        assertThat(narrow.select("a.mark").eachAttr("href")).containsExactlyInAnyOrderElementsOf(
                svg.select("a.mark").eachAttr("href"));
        // the text alternative: every remark in a table behind a toggle, and a link past the chart to it
        assertThat(doc.select(".stance-chart a.skip-chart").attr("href")).isEqualTo("#chart-data");
        Element table = doc.selectFirst("details#chart-data table");
        assertThat(table.select("th[scope=rowgroup]").eachText())
                .containsExactly("Vladimir Putin", "Volodymyr Zelensky");
        assertThat(table.select("td a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(
                svg.select("a.mark").eachAttr("href"));
        Element opposes = svg.selectFirst("a.mark.stance-opposes");
        assertThat(opposes.attr("href")).isEqualTo("/statements/" + corpus.putinNo.getId());
        assertThat(opposes.select("title").text()).startsWith("2 Apr 2025 · Opposes: There will be no ceasefire");
        assertThat(opposes.select("use").attr("href")).isEqualTo("#shape-opposes");
        assertThat(doc.select(".stance-legend li").eachText())
                .containsExactly("Supports", "Opposes", "Conditional", "Neutral");
        assertThat(doc.select("head link[rel=alternate]").attr("href")).isEqualTo("/topics/CEASEFIRE/feed.atom");
        assertThat(doc.select(".statement-list .statement-card")).hasSize(4);
        assertThat(doc.select(".stance-change h3").text()).isEqualTo("Vladimir Putin");
        assertThat(doc.select(".stance-change .change-quote time").eachAttr("datetime"))
                .containsExactly("2025-03-13", "2025-04-02");
    }

    @Test
    void positionsMatrixHoldsTheStandingPositionAndCountLinkingToTheStatements() throws Exception {
        MvcResult result = mvc.perform(page("/positions")).andExpect(view().name("positions/matrix")).andReturn();
        Document doc = html(result);

        assertThat(doc.select("thead th[scope=col]")).hasSize(9);
        Element putin = doc.select("tbody tr").first();
        assertThat(putin.select("th[scope=row]").text()).isEqualTo("Vladimir Putin");
        Element cell = putin.selectFirst("a.cell-link");
        assertThat(cell.attr("href")).isEqualTo("/statements?speaker=vladimir-putin&topic=CEASEFIRE");
        assertThat(cell.text()).isEqualTo("Opposes 3 statements");
    }

    @Test
    void articlePageMarksEveryStatementWithItsSpeakerAndShowsTheMetadata() throws Exception {
        MvcResult result = mvc.perform(page("/articles/" + corpus.reuters.getId()))
                .andExpect(view().name("articles/show")).andReturn();
        Document doc = html(result);

        assertThat(doc.select("#article-title").text()).isEqualTo("2025 04 02 reuters");
        assertThat(doc.select(".speaker-label").eachText())
                .containsExactly("Vladimir Putin", "Vladimir Putin", "Donald Trump");
        assertThat(doc.select("#s-" + corpus.trumpDeal.getId()).text()).isEqualTo("Donald Trump");
        assertThat(doc.select(".article-text mark").eachText()).contains("the minerals deal is done and it is great.");
        assertThat(doc.select(".article-meta .facts").text()).contains("Reuters", "2 April 2025",
                "from the date header of the file", "2025-04-02-reuters.txt", corpus.reuters.getContentHash(),
                "test-1");
    }

    @Test
    void articlePageShowsTheIngestionRecord(@Autowired IngestionRunner runner, @TempDir Path dir) throws Exception {
        TestArticles.write(dir, "kyiv.txt", " date 2025-03-05\n“We are ready,” Zelensky said.\n");
        IngestionReport report = runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        long id = new org.springframework.jdbc.core.JdbcTemplate(
                mvc.getDispatcherServlet().getWebApplicationContext().getBean(javax.sql.DataSource.class))
                .queryForObject("select id from article where source_name = 'kyiv.txt'", Long.class);

        Document doc = html(mvc, "/articles/" + id);

        assertThat(doc.select(".ingestions li").text()).contains("INGESTED", "kyiv.txt", "run " + report.runId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/speakers/nobody", "/topics/WEATHER", "/articles/999999"})
    void unknownSlugsCodesAndIdsGetThe404Page(String url) throws Exception {
        MvcResult result = mvc.perform(page(url)).andExpect(status().isNotFound())
                .andExpect(view().name("error/404")).andReturn();

        assertThat(html(result).select("main h1").text()).isEqualTo("We have nothing at this address");
        assertThat(html(result).select("main .lead").text()).startsWith("There is no ").endsWith("in Claim Tracker.");
    }

    @Test
    void aNonNumericArticleIdGetsThe400Page() throws Exception {
        mvc.perform(page("/articles/latest")).andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"));
    }
}
