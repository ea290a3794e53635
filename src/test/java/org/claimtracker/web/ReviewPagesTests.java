package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;

import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.support.CorrectionArticle;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The review queue: editors only, least confident first, shrinking as statements are confirmed or corrected. */
@IntegrationTest
class ReviewPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IngestionRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path dir;

    long zelensky;
    long peskov;
    long rubio;

    @BeforeEach
    void ingest() {
        cleaner.clean();
        TestArticles.write(dir, "a.txt", CorrectionArticle.TEXT);
        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        zelensky = idSaying("ready to sign");
        peskov = idSaying("never accept");
        rubio = idSaying("wonderful day");
        jdbc.update("update statement set confidence = 0.9 where id = ?", zelensky);
        jdbc.update("update statement set confidence = 0.3 where id = ?", peskov);
        jdbc.update("update statement set confidence = 0.6 where id = ?", rubio);
    }

    @Test
    void listsUnreviewedStatementsLeastConfidentFirstAndConfirmingMovesOn() throws Exception {
        assertThat(queueIds(editorPage("/review"))).containsExactly(peskov, rubio, zelensky);

        mvc.perform(post("/statements/" + peskov + "/corrections").param("kind", "CONFIRM")
                        .param("note", "confirmed from the review queue").param("next", "/review?kind=INDIRECT")
                        .with(user("erin").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/review?kind=INDIRECT"));
        mvc.perform(post("/statements/" + rubio + "/corrections").param("kind", "REJECT").param("note", "caption")
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());

        Document queue = editorPage("/review");
        assertThat(queueIds(queue)).containsExactly(zelensky);
        String rubioSlug = jdbc.queryForObject("select slug from actor where name like '%Rubio%'", String.class);
        Element rubioRow = queue.selectFirst(".by-speaker tr[data-key=" + rubioSlug + "]");
        assertThat(rubioRow).isNotNull();
        assertThat(rubioRow.select("td").eachText()).containsExactly(rubioRow.select("td").get(0).text(), "0", "0",
                "1", "0");
        assertThat(queue.select(".review-item .confirm-form input[name=_csrf]")).hasSize(1);
        assertThat(queue.select("script[src=/js/review-queue.js]")).hasSize(1);
        assertThat(queue.select("script:not([src])")).isEmpty();
    }

    @Test
    void filtersLikeTheStatementList() throws Exception {
        String peskovSlug = jdbc.queryForObject("select a.slug from actor a join statement s on s.actor_id = a.id"
                + " where s.id = ?", String.class, peskov);
        assertThat(queueIds(editorPage("/review?speaker=" + peskovSlug))).containsExactly(peskov);
        mvc.perform(page("/review?kind=SHOUTED").with(user("erin").roles("EDITOR")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void readersAreSentToSignIn() throws Exception {
        mvc.perform(page("/review")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void correctionsThatNoLongerFitAreListed() throws Exception {
        mvc.perform(post("/statements/" + peskov + "/corrections").param("kind", "KIND").param("statementKind",
                "DIRECT").param("note", "quoted").with(user("erin").roles("EDITOR")).with(csrf()));
        jdbc.update("update correction set status = 'NEEDS_ATTENTION', statement_id = null,"
                + " attention_reason = 'no statement stands here any more'");

        Document queue = editorPage("/review");
        assertThat(queue.select(".needs-attention tbody tr")).hasSize(1);
        assertThat(queue.select(".needs-attention").text()).contains("no statement stands here any more", "quoted");
    }

    private Document editorPage(String url) throws Exception {
        return html(mvc.perform(page(url).with(user("erin").roles("EDITOR"))).andExpect(status().isOk())
                .andReturn());
    }

    private static List<Long> queueIds(Document queue) {
        return queue.select(".review-item").eachAttr("id").stream().map(id -> Long.parseLong(id.substring(2)))
                .toList();
    }

    private long idSaying(String words) {
        return jdbc.queryForObject("select id from statement where content like ?", Long.class, "%" + words + "%");
    }
}
