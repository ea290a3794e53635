package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.htmx;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class StatementPagesTests {

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
    void listsEveryStatementNewestFirstWithTheTotalInTheLayout() throws Exception {
        MvcResult result = mvc.perform(page("/statements")).andExpect(status().isOk())
                .andExpect(view().name("statements/list")).andReturn();
        Document doc = html(result);

        assertThat(doc.select("header nav a[aria-current=page]").text()).isEqualTo("Statements");
        assertThat(doc.select(".result-count strong").text()).isEqualTo("7");
        assertThat(doc.select(".statement-card").first().select(".speaker").text()).isEqualTo("Vladimir Putin");
        assertThat(doc.select(".statement-card").last().select("time").attr("datetime")).isEqualTo("2025-03-01");
        assertThat(doc.select("main h1").text()).isEqualTo("Statements");
        assertThat(doc.select("footer")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            speaker=vladimir-putin                          | 3
            speaker=vladimir-putin&speaker=donald-trump     | 4
            topic=CEASEFIRE                                 | 4
            topic=ceasefire&stance=OPPOSES                  | 1
            stance=supports                                 | 2
            kind=DIRECT                                     | 7
            from=2025-03-02&to=2025-03-31                   | 2
            from=2025-04-01                                 | 3
            source=bbc                                      | 2
            source=2025-03-01-ap.txt                        | 2
            q=nuances                                       | 2
            q=%22minerals%20deal%22                         | 1
            """)
    void filtersByEachCriterion(String query, int expected) throws Exception {
        Document doc = html(mvc, "/statements?" + query);

        assertThat(doc.select(".result-count strong").text()).isEqualTo(String.valueOf(expected));
        assertThat(doc.select(".statement-card")).hasSize(expected);
    }

    @Test
    void searchShowsTheHighlightedHeadlineEscaped() throws Exception {
        Document doc = html(mvc, "/statements?q=nuances");

        assertThat(doc.select(".statement-card blockquote mark")).extracting(Element::text).containsOnly("nuances");
    }

    @Test
    void eachActiveFilterHasAChipThatRemovesOnlyItself() throws Exception {
        Document doc = html(mvc, "/statements?speaker=vladimir-putin&speaker=donald-trump&topic=CEASEFIRE&from=2025-03-02");

        assertThat(doc.select(".chip > span").eachText()).containsExactly("Speaker: Vladimir Putin",
                "Speaker: Donald Trump", "Topic: Ceasefire", "From 2025-03-02");
        assertThat(doc.select(".chip[data-filter=speaker] a").first().attr("href"))
                .isEqualTo("/statements?speaker=donald-trump&topic=CEASEFIRE&from=2025-03-02");
        assertThat(doc.select(".chip[data-filter=topic] a").attr("href"))
                .isEqualTo("/statements?speaker=vladimir-putin&speaker=donald-trump&from=2025-03-02");
        assertThat(doc.select(".chip[data-filter=topic] a").attr("aria-label")).isEqualTo("Remove filter Topic: Ceasefire");
        assertThat(doc.select("#f-topic option[selected]").val()).isEqualTo("CEASEFIRE");
        assertThat(doc.select("input[type=hidden][name=speaker]").eachAttr("value"))
                .containsExactly("vladimir-putin", "donald-trump");
    }

    @Test
    void theResultsBringTheSpeakerFieldOutOfBandSoAnotherChoiceAddsToTheSpeakers() throws Exception {
        Document results = html(mvc.perform(htmx("/statements?speaker=vladimir-putin&speaker=donald-trump", "results"))
                .andReturn());

        Element field = results.selectFirst("#speaker-field[hx-swap-oob=true]");
        assertThat(field).isNotNull();
        assertThat(field.select("input[type=hidden][name=speaker]").eachAttr("value"))
                .containsExactly("vladimir-putin", "donald-trump");
        assertThat(field.select("#f-speaker-options option").eachAttr("value"))
                .contains("volodymyr-zelensky").doesNotContain("vladimir-putin", "donald-trump");

        Document page = html(mvc, "/statements?speaker=vladimir-putin");
        assertThat(page.select("#speaker-field")).hasSize(1);
        assertThat(page.select("[hx-swap-oob]")).isEmpty();
        assertThat(page.select("form.filters").attr("hx-history")).isEqualTo("false");
    }

    @Test
    void theirPeopleIsAFilterInTheAddressWithAChip() throws Exception {
        Document doc = html(mvc, "/statements?speaker=vladimir-putin&affiliates=true");

        assertThat(doc.select(".chip > span").eachText()).contains("With their people");
        assertThat(doc.select("#f-affiliates").hasAttr("checked")).isTrue();
        assertThat(doc.select(".exports a").first().attr("href"))
                .isEqualTo("/statements.csv?speaker=vladimir-putin&affiliates=true");
        mvc.perform(page("/statements?speaker=vladimir-putin&affiliates=perhaps")).andExpect(status().isBadRequest());
    }

    @Test
    void exportLinksCarryTheFiltersWithoutPaging() throws Exception {
        Document doc = html(mvc, "/statements?topic=CEASEFIRE&q=peace%20%26%20war&page=1&size=5");

        assertThat(doc.select(".exports a").eachAttr("href")).containsExactly(
                "/statements.csv?topic=CEASEFIRE&q=peace%20%26%20war",
                "/statements.jsonl?topic=CEASEFIRE&q=peace%20%26%20war",
                "/statements.atom?topic=CEASEFIRE&q=peace%20%26%20war", "/swagger-ui.html");
    }

    @Test
    void pagesThroughTheListKeepingTheFilters() throws Exception {
        Document first = html(mvc, "/statements?topic=CEASEFIRE&size=3");
        Document second = html(mvc, "/statements?topic=CEASEFIRE&size=3&page=2");

        assertThat(first.select(".statement-card")).hasSize(3);
        assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/statements?topic=CEASEFIRE&size=3&page=2");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        assertThat(second.select(".statement-card")).hasSize(1);
        assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/statements?topic=CEASEFIRE&size=3");
        assertThat(second.select(".pager .pager-current").text()).isEqualTo("Page 2");
    }

    @Test
    void anHtmxRequestGetsOnlyTheFragmentItTargetsAndTheCanonicalUrl() throws Exception {
        MvcResult results = mvc.perform(htmx("/statements?topic=CEASEFIRE&speaker=&q=", "results"))
                .andExpect(status().isOk()).andExpect(view().name("fragments/statements :: results"))
                .andExpect(header().string("HX-Push-Url", "/statements?topic=CEASEFIRE"))
                .andExpect(header().string("Vary", "HX-Request")).andReturn();
        String body = results.getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html", "<header", "<form");
        assertThat(html(results).select("#results .statement-card")).hasSize(4);

        MvcResult browser = mvc.perform(htmx("/statements?topic=CEASEFIRE", "browser"))
                .andExpect(view().name("fragments/statements :: browser")).andReturn();
        assertThat(html(browser).select("#browser form, #browser #results")).hasSize(2);

        mvc.perform(htmx("/statements", "results").header("HX-History-Restore-Request", "true"))
                .andExpect(view().name("statements/list"));
    }

    @Test
    void formWorksWithoutJavaScriptAsAPlainGetWithLabelledFields() throws Exception {
        Document doc = html(mvc, "/statements");
        Element form = doc.selectFirst("form.filters");

        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/statements");
        assertThat(form.attr("hx-get")).isEqualTo("/statements");
        for (Element field : form.select("input:not([type=hidden]), select")) {
            assertThat(doc.select("label[for=" + field.id() + "]")).as(field.attr("name")).hasSize(1);
        }
        assertThat(form.select("button[type=submit]")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /statements?from=2025-13-01       | from
            /statements?to=yesterday          | to
            /statements?page=0                | page
            /statements?size=abc              | size
            /statements?sort=popular          | sort
            /statements?stance=maybe          | stance
            /statements?topic=WEATHER         | topic
            /statements?from=2025-04-01&to=2025-03-01 | from
            /statements/abc                   | id
            """)
    void aMalformedParameterGetsThe400PageNamingIt(String url, String parameter) throws Exception {
        MvcResult result = mvc.perform(page(url)).andExpect(status().isBadRequest())
                .andExpect(view().name("error/400")).andReturn();
        Document doc = html(result);

        assertThat(doc.select("code.parameter").text()).isEqualTo(parameter);
        assertThat(doc.select("header nav")).hasSize(1);
        assertThat(doc.text()).doesNotContain("Exception", "at org.");
    }

    @Test
    void statementPageShowsTheWordsSpeakerAndTheExcerptWithEveryPartHighlighted() throws Exception {
        long id = corpus.zelenskyReady.getId();
        MvcResult result = mvc.perform(page("/statements/" + id)).andExpect(status().isOk())
                .andExpect(view().name("statements/show")).andReturn();
        Document doc = html(result);

        assertThat(doc.select(".statement-hero blockquote").text()).contains("We are ready to sign");
        assertThat(doc.select(".statement-hero .speaker").attr("href")).isEqualTo("/speakers/volodymyr-zelensky");
        assertThat(doc.select(".facts").text()).contains("Volodymyr Zelensky", "said", "Direct quote",
                "1 Mar 2025 (the article's date", "split in 2 parts");
        assertThat(doc.select(".excerpt mark").eachText()).containsExactly(
                "We are ready to sign the minerals agreement,",
                "and it will be the first step toward security guarantees.");
        assertThat(doc.select(".excerpt .article-text p").eachText()).containsExactly(
                "Ukrainian President Volodymyr Zelensky spoke in London.",
                "“We are ready to sign the minerals agreement,” Zelensky said, “and it will be the first step toward"
                        + " security guarantees.”",
                "“A ceasefire without security guarantees is dangerous,” he added.");
        assertThat(doc.select(".stance-table li").eachText()).containsExactly("Security guarantees Supports",
                "Minerals deal Supports");
        assertThat(doc.select("a[href=/articles/" + corpus.ap.getId() + "#s-" + id + "]")).isNotEmpty();
    }

    @Test
    void statementPageListsOtherArticlesReportingTheSameWords() throws Exception {
        Document doc = html(mvc, "/statements/" + corpus.putinNuances.getId());

        assertThat(doc.select(".similar-list li")).hasSize(1);
        assertThat(doc.select(".similar-list a").attr("href")).isEqualTo("/statements/" + corpus.putinNuancesAgain.getId());
        assertThat(doc.select(".similar-list").text()).contains("Reuters");
    }

    @Test
    void anUnknownStatementGetsThe404PageInTheLayout() throws Exception {
        MvcResult result = mvc.perform(page("/statements/999999")).andExpect(status().isNotFound())
                .andExpect(view().name("error/404")).andReturn();

        assertThat(html(result).select("main h1").text()).isEqualTo("We have nothing at this address");
        assertThat(html(result).select("header nav")).hasSize(1);
    }

    @Test
    void anUnknownPathGetsTheSame404PageFromBootsErrorHandling() throws Exception {
        MvcResult result = mvc.perform(page("/no/such/page")).andReturn();
        // MockMvc does not forward to /error; ask the error controller the way the container would
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        Document doc = html(mvc.perform(page("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                .requestAttr("jakarta.servlet.error.request_uri", "/no/such/page")).andReturn());
        assertThat(doc.select("main h1").text()).isEqualTo("We have nothing at this address");
        assertThat(List.of(doc.title())).containsExactly("Not found · Claim Tracker");
    }
}
