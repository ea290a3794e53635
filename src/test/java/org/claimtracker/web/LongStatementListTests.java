package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list longer than the count cap: "10,000+" and pagination that links only to pages known to exist; deep pages
 * past the cap; and the speaker type-ahead, which must work without JavaScript.
 */
@IntegrationTest
class LongStatementListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SampleCorpus corpus;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements,
            @Autowired ActorRoleRepository roles) {
        cleaner.clean();
        corpus = new SampleCorpus(new TestData(articles, actors, statements), roles);
    }

    /** Adds {@code count} unnamed statements to an article in one insert, dated by the article. */
    private void bulk(Article article, int count) {
        jdbc.update("""
                insert into statement (article_id, seq, kind, content, start_offset, end_offset, part_offsets,
                                       decided_by, confidence)
                select ?, 100 + g, 'DIRECT', 'Bulk remark number ' || g, 0, 1, array[0, 1], 'test', 0.9
                  from generate_series(1, ?) g
                """, article.getId(), count);
    }

    @Test
    void aListLongerThanTheCapSaysTenThousandPlusAndLinksToNoLastPage() throws Exception {
        bulk(corpus.bbc, 10_100);

        Document doc = html(mvc, "/statements");

        assertThat(doc.select(".result-count strong").text()).isEqualTo("10,000+");
        assertThat(doc.select(".result-count").text()).contains("10,000+ statements", "showing 1–20");
        assertThat(doc.select("#results-status").text()).isEqualTo("10,000+ statements");
        Element pager = doc.selectFirst(".pager");
        assertThat(pager.select("a:contains(Last)")).isEmpty();
        assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("/statements?page=2");
        assertThat(pager.select(".pager-links a, .pager-current").eachText())
                .containsExactly("Page 1", "Page 2", "Page 3", "Older ›");
        assertThat(pager.select("label[for=page-jump]").text()).isEqualTo("Page");
        assertThat(pager.selectFirst("#page-jump").hasAttr("max")).isFalse();
    }

    @Test
    void aKeptCountAnswersASpeakerOrATopicAloneExactly() throws Exception {
        bulk(corpus.bbc, 10_100);

        assertThat(html(mvc, "/statements?speaker=vladimir-putin").select(".result-count strong").text())
                .isEqualTo("3");
        assertThat(html(mvc, "/statements?topic=CEASEFIRE").select(".result-count strong").text()).isEqualTo("4");
        mvc.perform(get("/api/statements?speaker=vladimir-putin")).andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.totalExact").value(true));
        mvc.perform(get("/api/statements")).andExpect(jsonPath("$.total").value(10_000))
                .andExpect(jsonPath("$.totalExact").value(false));
    }

    @Test
    void aDeepPagePastTheCapCountsOnToTheEnd() throws Exception {
        bulk(corpus.bbc, 10_100);

        Document nearEnd = html(mvc, "/statements?page=505");
        assertThat(nearEnd.select(".statement-card")).hasSize(20);
        assertThat(nearEnd.select(".result-count strong").text()).isEqualTo("10,100+");
        assertThat(nearEnd.select(".pager a[rel=next]").attr("href")).isEqualTo("/statements?page=506");

        Document last = html(mvc, "/statements?page=506");
        assertThat(last.select(".statement-card")).hasSize(7);
        assertThat(last.select(".result-count strong").text()).isEqualTo("10,107");
        assertThat(last.select(".pager a[rel=next]")).isEmpty();
        assertThat(last.select(".pager label[for=page-jump]").text()).isEqualTo("Page (of 506)");

        // past the end: the last page, never "Page 2000 of 506" over an empty list
        mvc.perform(get("/statements?page=2000")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/statements?page=506"));
    }

    @Test
    void theSpeakerFieldIsATypeAheadOfferingTheMostQuoted() throws Exception {
        Document doc = html(mvc, "/statements?speaker=donald-trump");

        Element field = doc.selectFirst("#f-speaker");
        assertThat(field.tagName()).isEqualTo("input");
        assertThat(field.attr("list")).isEqualTo("f-speaker-options");
        assertThat(doc.select("#f-speaker-options option").eachAttr("value"))
                .containsExactly("vladimir-putin", "volodymyr-zelensky");
        assertThat(doc.select("#f-speaker-options option").first().attr("label")).isEqualTo("Vladimir Putin (3)");
        assertThat(doc.select("#speaker-field input[type=hidden][name=speaker]").eachAttr("value"))
                .containsExactly("donald-trump");
    }

    @Test
    void aNameOrAliasTypedWithoutJavaScriptFiltersByThatSpeaker() throws Exception {
        mvc.perform(get("/statements?speaker=Vladimir Putin&topic=CEASEFIRE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/statements?speaker=vladimir-putin&topic=CEASEFIRE"));
        mvc.perform(get("/statements?speaker=donald-trump&speaker=zelenskyy"))
                .andExpect(redirectedUrl("/statements?speaker=donald-trump&speaker=volodymyr-zelensky"));

        Document doc = html(mvc, "/statements?speaker=vladimir-putin&topic=CEASEFIRE");
        assertThat(doc.select(".statement-card .speaker").eachText()).containsOnly("Vladimir Putin").hasSize(3);
    }

    @Test
    void anUnknownSpeakerSaysNoOneIsCalledThatAndListsNothing() throws Exception {
        Document doc = html(mvc, "/statements?speaker=Nobody%20Known");

        assertThat(doc.select("#f-speaker-unknown").text()).startsWith("No speaker is called Nobody Known");
        assertThat(doc.selectFirst("#f-speaker").attr("aria-describedby")).isEqualTo("f-speaker-unknown");
        assertThat(doc.select(".result-count strong").text()).isEqualTo("0");
        assertThat(doc.select("#speaker-field input[type=hidden][name=speaker]")).isEmpty();
    }

    @Test
    void suggestionsFollowWhatIsTypedAndStayFew() throws Exception {
        mvc.perform(get("/api/speakers/suggestions?q=PUT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].slug").value("vladimir-putin"))
                .andExpect(jsonPath("$[0].name").value("Vladimir Putin"))
                .andExpect(jsonPath("$[0].statements").value(3));
        mvc.perform(get("/api/speakers/suggestions?q=ukrainian lead"))
                .andExpect(jsonPath("$[0].slug").value("volodymyr-zelensky"));
        mvc.perform(get("/api/speakers/suggestions").param("q", "donald-tr"))
                .andExpect(jsonPath("$[0].slug").value("donald-trump"));
        mvc.perform(get("/api/speakers/suggestions").param("q", "50%_"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/speakers/suggestions")).andExpect(jsonPath("$[0].slug").value("vladimir-putin"));
    }
}
