package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimtracker.correction.TextSelection;
import org.claimtracker.extraction.TextSpan;
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

/** Editors add statements extraction missed from the article page; the server places the words in the body. */
@IntegrationTest
class MissedStatementPagesTests {

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

    long articleId;

    @BeforeEach
    void ingest() {
        cleaner.clean();
        TestArticles.write(dir, "a.txt", CorrectionArticle.TEXT);
        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        articleId = jdbc.queryForObject("select id from article", Long.class);
    }

    @Test
    void anEditorAddsSelectedWordsAsAStatementWithSpeakerAndStance() throws Exception {
        String peskov = jdbc.queryForObject("select a.slug from statement s join actor a on a.id = s.actor_id"
                + " where s.content like '%never accept%'", String.class);
        mvc.perform(post("/articles/" + articleId + "/statements").param("text", " " + CorrectionArticle.MISSED + " ")
                        .param("hint", "200").param("kind", "INDIRECT").param("speaker", peskov)
                        .param("stance.NEGOTIATIONS", "SUPPORTS").param("note", "missed")
                        .with(user("erin").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/statements/*"));

        Map<String, Object> added = jdbc.queryForMap("select s.start_offset, s.end_offset, a.slug, s.decided_by,"
                + " substr(ar.body, s.start_offset + 1, s.end_offset - s.start_offset) as at_offsets"
                + " from statement s join actor a on a.id = s.actor_id join article ar on ar.id = s.article_id"
                + " where s.content = ?", CorrectionArticle.MISSED);
        assertThat(added).containsEntry("slug", peskov).containsEntry("decided_by", "editor")
                .containsEntry("at_offsets", CorrectionArticle.MISSED);
        assertThat(jdbc.queryForList("select kind from correction order by id", String.class))
                .containsExactly("ADD", "SPEAKER", "TOPICS");
    }

    @Test
    void wordsThatAreNotInTheArticleOrNoNoteAreRefused() throws Exception {
        mvc.perform(post("/articles/" + articleId + "/statements").param("text", "Words nobody wrote here.")
                .param("note", "x").with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/articles/" + articleId + "/statements").param("text", CorrectionArticle.MISSED)
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/articles/" + articleId + "/statements").param("text", CorrectionArticle.MISSED)
                .param("note", "x").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(post("/articles/" + articleId + "/statements").param("text", CorrectionArticle.MISSED)
                .param("note", "x").with(user("erin").roles("EDITOR"))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from correction", Integer.class)).isZero();
    }

    @Test
    void onlyEditorsSeeTheFormAndItsScriptIsAFile() throws Exception {
        assertThat(html(mvc, "/articles/" + articleId).select(".add-statement-form")).isEmpty();
        Document editor = html(mvc.perform(page("/articles/" + articleId).with(user("erin").roles("EDITOR")))
                .andReturn());
        assertThat(editor.select(".add-statement-form input[name=_csrf]")).hasSize(1);
        assertThat(editor.select("script[src=/js/add-statement.js]")).hasSize(1);
        assertThat(editor.select("script:not([src])")).isEmpty();
    }

    @Test
    void theSelectionIsPlacedAtTheOccurrenceNearestTheHint() {
        String body = "He said yes. Then she said yes.";
        assertThat(TextSelection.locate(body, "said yes", null)).contains(new TextSpan(3, 11));
        assertThat(TextSelection.locate(body, "said yes", 20)).contains(new TextSpan(22, 30));
        assertThat(TextSelection.locate(body, "said no", 0)).isEmpty();
    }
}
