package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.htmx;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The list and navigation details that make the site a daily tool: cards, paging, clean links, feeds, dates. */
@IntegrationTest
class DailyUsePagesTests {

    @Autowired
    MockMvc mvc;

    SampleCorpus corpus;
    Statement reported;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements,
            @Autowired ActorRoleRepository roles) {
        cleaner.clean();
        TestData data = new TestData(articles, actors, statements);
        corpus = new SampleCorpus(data, roles);
        var article = data.article("2025-04-20-dw.txt", "DW", LocalDate.of(2025, 4, 20),
                "On 18 April Putin rejected calls for an immediate ceasefire, the Kremlin said.");
        String body = article.getBody();
        String words = "calls for an immediate ceasefire";
        int start = body.indexOf(words);
        reported = statements.save(new Statement(article, corpus.putin, 0, StatementKind.INDIRECT, words,
                List.of(new TextSpan(start, start + words.length())), "Putin", "rejected", "test", 0.9,
                LocalDate.of(2025, 4, 18)));
    }

    @Test
    void theCountIsSaidByAStatusRegionOutsideWhatHtmxReplaces() throws Exception {
        Document doc = html(mvc, "/statements?topic=CEASEFIRE");
        Element status = doc.getElementById("results-status");
        String count = doc.select("#results .result-count strong").text();

        assertThat(status.attr("role")).isEqualTo("status");
        assertThat(status.closest("#browser")).isNull();
        assertThat(status.text()).isEqualTo(count + " statements");
        // either swap carries the count for results-status.js to put in the region; neither replaces the region
        for (String target : List.of("results", "browser")) {
            Document swapped = html(mvc.perform(htmx("/statements?topic=CEASEFIRE", target)).andReturn());
            assertThat(swapped.selectFirst("#results").attr("data-status")).isEqualTo(count + " statements");
            assertThat(swapped.getElementById("results-status")).isNull();
        }
        assertThat(html(mvc, "/statements?q=nothing+like+this").getElementById("results-status").text())
                .isEqualTo("0 statements");
    }

    @Test
    void reportedSpeechReadsAfterItsVerbWithoutQuotationMarksWhileDirectQuotesKeepThem() throws Exception {
        Document doc = html(mvc, "/statements");

        Element reportedCard = doc.selectFirst("#statement-" + reported.getId());
        assertThat(reportedCard.select("blockquote")).isEmpty();
        assertThat(reportedCard.select(".quote-reported p").text())
                .isEqualTo("rejected calls for an immediate ceasefire");
        assertThat(reportedCard.select(".quote-reported .cue").text()).isEqualTo("rejected");
        Element directCard = doc.selectFirst("#statement-" + corpus.putinNo.getId());
        assertThat(directCard.select("blockquote.quote p").text()).startsWith("There will be no ceasefire");
        assertThat(directCard.select(".cue")).isEmpty();

        Document page = html(mvc, "/statements/" + reported.getId());
        assertThat(page.select(".statement-hero blockquote")).isEmpty();
        assertThat(page.select(".statement-hero .quote-reported").text())
                .isEqualTo("rejected calls for an immediate ceasefire");
    }

    @Test
    void aStatementWithoutItsOwnDateShowsTheArticleDateMarkedAsReported() throws Exception {
        Document doc = html(mvc, "/statements");

        Element undated = doc.selectFirst("#statement-" + corpus.putinNo.getId() + " .statement-meta");
        assertThat(undated.select(".date-reported").text()).isEqualTo("reported 2 Apr 2025");
        Element dated = doc.selectFirst("#statement-" + reported.getId() + " .statement-meta");
        assertThat(dated.select(".date-reported")).isEmpty();
        assertThat(dated.select("time").attr("datetime")).isEqualTo("2025-04-18");

        Document statementPage = html(mvc, "/statements/" + corpus.putinNo.getId());
        assertThat(statementPage.text()).doesNotContain("when it was said").contains("(the article's date");
        assertThat(statementPage.select("main time").eachText()).allMatch(t -> t.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}"));
        assertThat(html(mvc, "/statements/" + reported.getId()).text()).contains("18 Apr 2025 (when it was said)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /statements?q=&stance=&kind=&topic=CEASEFIRE        | /statements?topic=CEASEFIRE
            /statements?speaker=&speaker=vladimir-putin&q=+     | /statements?speaker=vladimir-putin
            /statements?q=&page=                                | /statements
            /speakers/vladimir-putin?topic=&q=minerals          | /speakers/vladimir-putin?q=minerals
            """)
    void aGetWithEmptyParametersIsRedirectedToTheCleanAddress(String asked, String clean) throws Exception {
        mvc.perform(page(asked)).andExpect(status().isSeeOther()).andExpect(header().string("Location", clean));
    }

    @Test
    void htmxRequestsAndTheApiAreNotRedirected() throws Exception {
        mvc.perform(htmx("/statements?q=&topic=CEASEFIRE", "results")).andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "/statements?topic=CEASEFIRE"));
        mvc.perform(get(URI.create("/api/statements?q="))).andExpect(status().isOk());
    }

    @Test
    void pagesAreNumberedWithFirstLastAndAJumpForm() throws Exception {
        Document doc = html(mvc, "/statements?size=2&page=2");

        Element pager = doc.selectFirst(".pager");
        assertThat(pager.select(".pager-links a, .pager-current").eachText()).containsExactly(
                "« First", "‹ Newer", "Page 1", "Page 2", "Page 3", "Page 4", "Older ›", "Last »");
        assertThat(pager.select(".pager-current").attr("aria-current")).isEqualTo("page");
        assertThat(pager.select("a:contains(First)").attr("href")).isEqualTo("/statements?size=2");
        assertThat(pager.select("a:contains(Last)").attr("href")).isEqualTo("/statements?size=2&page=4");
        Element jump = pager.selectFirst("form.page-jump");
        assertThat(jump.attr("method")).isEqualTo("get");
        assertThat(jump.select("input[type=hidden]").eachAttr("name")).containsExactly("size");
        assertThat(jump.select("input[name=page]").attr("max")).isEqualTo("4");
        assertThat(doc.select("label[for=page-jump]")).hasSize(1);
    }

    @Test
    void aPagePastTheEndGivesTheLastPageNeverAnEmptyOne() throws Exception {
        mvc.perform(page("/statements?topic=CEASEFIRE&size=3&page=999")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/statements?topic=CEASEFIRE&size=3&page=2"));

        var fragment = mvc.perform(htmx("/statements?topic=CEASEFIRE&size=3&page=999", "browser"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "/statements?topic=CEASEFIRE&size=3&page=2")).andReturn();
        Document doc = html(fragment);
        assertThat(doc.select(".statement-card")).hasSize(1);
        assertThat(doc.select(".result-count").text()).contains("showing 4–4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            /articles?page=99
            /speakers?page=99
            """)
    void aPagePastTheEndOfAnIndexIsA404Page(String url) throws Exception {
        Document doc = html(mvc.perform(page(url)).andExpect(status().isNotFound()).andReturn());
        assertThat(doc.select("header nav")).hasSize(1);
        mvc.perform(page(url.replace("99", "1"))).andExpect(status().isOk());
    }

    @Test
    void topicCodesIgnoreCaseAndSpeakerSlugsForgiveAliasesAndCase() throws Exception {
        mvc.perform(page("/topics/ceasefire")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/topics/CEASEFIRE"));
        mvc.perform(page("/speakers/zelenskyy")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/speakers/volodymyr-zelensky"));
        mvc.perform(page("/speakers/Vladimir-Putin")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/speakers/vladimir-putin"));
        mvc.perform(page("/speakers/putin")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/speakers/vladimir-putin"));
        mvc.perform(page("/speakers/nobody-at-all")).andExpect(status().isNotFound());
        mvc.perform(page("/topics/weather")).andExpect(status().isNotFound());
    }

    @Test
    void footerAndStatementsPageLinkTheApiExportsAndFeeds() throws Exception {
        Document doc = html(mvc, "/statements?speaker=vladimir-putin&topic=CEASEFIRE");

        assertThat(doc.select("footer a").eachAttr("href")).contains("/swagger-ui.html", "/v3/api-docs",
                "/statements.csv", "/statements.jsonl", "/statements.atom");
        Element follow = doc.selectFirst(".exports a.feed-link");
        assertThat(follow.text()).isEqualTo("Follow this search");
        assertThat(follow.attr("href")).isEqualTo("/statements.atom?speaker=vladimir-putin&topic=CEASEFIRE");
        assertThat(html(mvc, "/").select("footer a[href=/swagger-ui.html]")).hasSize(1);
        assertThat(doc.select("head link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        mvc.perform(get(URI.create("/favicon.svg"))).andExpect(status().isOk());
        assertThat(doc.select("script:not([src])")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void everyStatementSearchIsAnAtomFeed() throws Exception {
        String xml = mvc.perform(page("/statements.atom?speaker=vladimir-putin&topic=CEASEFIRE&q=ceasefire")
                .accept("application/atom+xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Document feed = Jsoup.parse(xml, Parser.xmlParser());
        Document list = html(mvc, "/statements?speaker=vladimir-putin&topic=CEASEFIRE&q=ceasefire");

        assertThat(feed.select("feed > title").text())
                .isEqualTo("Statements by Vladimir Putin on Ceasefire matching ‘ceasefire’");
        assertThat(feed.select("entry")).hasSize(list.select(".statement-card").size()).isNotEmpty();
        assertThat(feed.select("entry > link[rel=alternate]").eachAttr("href"))
                .containsExactlyElementsOf(list.select(".statement-card .details-link").eachAttr("href").stream()
                        .map(h -> "http://localhost" + h).toList());
        mvc.perform(page("/statements.atom?topic=WEATHER").accept("application/atom+xml"))
                .andExpect(status().isBadRequest());
    }
}
