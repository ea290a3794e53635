package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The statement page's correction forms: editors only, with the form's token; marks and history for everyone. */
@IntegrationTest
class CorrectionPagesTests {

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

    long peskov;

    @BeforeEach
    void ingest() {
        cleaner.clean();
        TestArticles.write(dir, "a.txt", CorrectionArticle.TEXT);
        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        peskov = jdbc.queryForObject("select id from statement where content like '%never accept%'", Long.class);
    }

    @Test
    void anEditorNamesANewSpeakerAndReadersSeeItMarkedCorrectedWithoutTheEditorsName() throws Exception {
        mvc.perform(correction("SPEAKER").param("newSpeakerName", "Maria Zakharova")
                        .param("newSpeakerKind", "PERSON").param("note", "the spokeswoman said it")
                        .with(user("erin").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statements/" + peskov));

        Document anonymous = html(mvc, "/statements/" + peskov);
        assertThat(anonymous.select(".statement-hero .speaker").text()).isEqualTo("Maria Zakharova");
        assertThat(anonymous.select(".review-mark.corrected")).hasSize(1);
        assertThat(anonymous.select(".correction-history td.note").text()).isEqualTo("the spokeswoman said it");
        assertThat(anonymous.select(".correction-history .after").text()).isEqualTo("Maria Zakharova");
        assertThat(anonymous.select(".correction-history td.editor")).isEmpty();
        assertThat(anonymous.select(".correction-forms")).isEmpty();
        assertThat(html(mvc, "/statements").select("#statement-" + peskov + " .review-mark.corrected")).hasSize(1);

        Document editor = html(mvc.perform(page("/statements/" + peskov).with(user("erin").roles("EDITOR")))
                .andReturn());
        assertThat(editor.select(".correction-history td.editor").text()).isEqualTo("erin");
        assertThat(editor.select(".correction-forms form input[name=_csrf]")).isNotEmpty();
    }

    @Test
    void confirmingMarksTheStatementVerified() throws Exception {
        mvc.perform(correction("CONFIRM").param("note", "checked").with(user("erin").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document page = html(mvc, "/statements/" + peskov);
        assertThat(page.select(".review-mark.verified")).hasSize(1);
        assertThat(page.select(".review-mark.corrected")).isEmpty();
        Document list = html(mvc, "/statements");
        assertThat(list.select("#statement-" + peskov + " .review-mark.verified")).hasSize(1);
        assertThat(list.select(".statement-card .review-mark")).hasSize(1);
    }

    @Test
    void verifiedTrueListsOnlyConfirmedStatementsOnPagesTheApiAndExports() throws Exception {
        mvc.perform(correction("CONFIRM").param("note", "checked").with(user("erin").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        for (String url : List.of("/statements?verified=true", "/api/statements?verified=true",
                "/statements.csv?verified=true", "/statements.jsonl?verified=true")) {
            assertThat(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).as(url).contains("never accept").doesNotContain("wonderful day");
        }
        assertThat(mvc.perform(get("/api/statements?verified=false")).andReturn().getResponse()
                .getContentAsString()).contains("never accept", "wonderful day");
        mvc.perform(get("/api/statements?verified=maybe")).andExpect(status().isBadRequest());
    }

    @Test
    void aRejectedStatementLeavesListsExportsTheApiAndPositions() throws Exception {
        jdbc.update("insert into position (statement_id, actor_id, topic_code, stance, stated_on)"
                + " select id, actor_id, 'NATO', 'OPPOSES', said_on from statement where id = ?", peskov);
        mvc.perform(correction("REJECT").param("note", "not a statement").with(user("erin").roles("EDITOR"))
                .with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/statements")).andReturn().getResponse().getContentAsString())
                .doesNotContain("never accept").contains("ready to sign");
        assertThat(mvc.perform(get("/api/statements")).andReturn().getResponse().getContentAsString())
                .doesNotContain("never accept").contains("ready to sign");
        assertThat(mvc.perform(get("/statements.csv")).andReturn().getResponse().getContentAsString())
                .doesNotContain("never accept").contains("ready to sign");
        mvc.perform(get("/api/statements/" + peskov)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from position where topic_code = 'NATO'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from correction where kind = 'REJECT'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void readersCannotCorrectAndAFormWithoutItsTokenIsRefused() throws Exception {
        mvc.perform(correction("REJECT").param("note", "vandal").with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(correction("REJECT").param("note", "no token").with(user("erin").roles("EDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statements/" + peskov + "/corrections").param("kind", "REJECT").param("note", "by GET")
                .with(user("erin").roles("EDITOR"))).andExpect(status().is4xxClientError());

        assertThat(jdbc.queryForObject("select count(*) from correction", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from statement where id = ?", Integer.class, peskov))
                .isEqualTo(1);
    }

    @Test
    void badValuesAndAMissingNoteAreExplainedWith400() throws Exception {
        Document noNote = html(mvc.perform(correction("KIND").param("statementKind", "DIRECT")
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest()).andReturn());
        assertThat(noNote.select(".parameter").text()).isEqualTo("note");
        Document badKind = html(mvc.perform(correction("KIND").param("statementKind", "SHOUTED").param("note", "x")
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest()).andReturn());
        assertThat(badKind.select(".message").text()).contains("DIRECT, INDIRECT or MIXED");
        mvc.perform(correction("SPAN").param("start", "5").param("end", "999999").param("note", "x")
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(correction("TOPICS").param("stance.NOT_A_TOPIC", "SUPPORTS").param("note", "x")
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(correction("EXPLODE").param("note", "x").with(user("erin").roles("EDITOR")).with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("select count(*) from correction", Integer.class)).isZero();
    }

    private MockHttpServletRequestBuilder correction(String kind) {
        return post("/statements/" + peskov + "/corrections").param("kind", kind);
    }
}
