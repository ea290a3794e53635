package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editors merge, rename, re-kind and alias speakers; a merged speaker's address redirects to the survivor. */
@IntegrationTest
class SpeakerEditPagesTests {

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

    String peskov;
    String rubio;

    @BeforeEach
    void ingest() {
        cleaner.clean();
        TestArticles.write(dir, "a.txt", CorrectionArticle.TEXT);
        runner.ingestPaths(List.of(dir), IngestionTrigger.COMMAND, IngestionProgress.NONE);
        peskov = slugSaying("never accept");
        rubio = slugSaying("wonderful day");
    }

    @Test
    void mergingMovesStatementsPositionsAndNamesAndTheOldAddressRedirects() throws Exception {
        long rubioStatements = count("select count(*) from statement s join actor a on a.id = s.actor_id"
                + " where a.slug = ?", rubio);
        long peskovStatements = count("select count(*) from statement s join actor a on a.id = s.actor_id"
                + " where a.slug = ?", peskov);
        String rubioName = jdbc.queryForObject("select name from actor where slug = ?", String.class, rubio);

        mvc.perform(edit(rubio, "merge", peskov).param("note", "same source in this test"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/speakers/" + peskov));

        assertThat(count("select count(*) from actor where slug = ?", rubio)).isZero();
        assertThat(count("select count(*) from statement s join actor a on a.id = s.actor_id where a.slug = ?",
                peskov)).isEqualTo(rubioStatements + peskovStatements);
        assertThat(count("select count(*) from position p join statement s on s.id = p.statement_id"
                + " where p.actor_id is distinct from s.actor_id")).isZero();
        assertThat(jdbc.queryForList("select alias from actor_alias al join actor a on a.id = al.actor_id"
                + " where a.slug = ?", String.class, peskov)).contains(rubioName);
        mvc.perform(get("/speakers/" + rubio + "?topic=CEASEFIRE")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/speakers/" + peskov + "?topic=CEASEFIRE"));
        mvc.perform(get("/api/actors/" + rubio)).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/api/actors/" + peskov));
        assertThat(count("select count(*) from audit_event where action = 'SPEAKER_MERGED'")).isEqualTo(1);
    }

    @Test
    void anAffiliationTiesTheSpeakerToABodyWhoseFilterThenIncludesItsStatements() throws Exception {
        mvc.perform(edit(peskov, "affiliation", rubio).param("from", "2025-01-01").param("note", "test link"))
                .andExpect(redirectedUrl("/speakers/" + peskov));

        assertThat(count("select count(*) from actor_affiliation f join actor a on a.id = f.actor_id"
                + " join actor b on b.id = f.body_id where a.slug = ? and b.slug = ?"
                + " and f.valid_from = date '2025-01-01' and f.valid_to is null", peskov, rubio)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'SPEAKER_AFFILIATION'")).isEqualTo(1);
        mvc.perform(edit(peskov, "affiliation", rubio).param("from", "2025-05-01").param("to", "2025-01-01")
                .param("note", "backwards")).andExpect(status().isBadRequest());
        mvc.perform(edit(peskov, "affiliation", rubio).param("from", "soon").param("note", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(edit(peskov, "affiliation", peskov).param("note", "x")).andExpect(status().isBadRequest());
    }

    @Test
    void renamingKeepsTheSlugAndTheOldNameAsAnAlias() throws Exception {
        String old = jdbc.queryForObject("select name from actor where slug = ?", String.class, peskov);
        mvc.perform(edit(peskov, "rename", "Dmitry S. Peskov").param("note", "full name"))
                .andExpect(redirectedUrl("/speakers/" + peskov));
        mvc.perform(edit(peskov, "kind", "ORGANISATION").param("note", "the press office"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit(peskov, "alias", "the Kremlin spokesman").param("note", "how articles call him"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForMap("select name, kind from actor where slug = ?", peskov))
                .containsEntry("name", "Dmitry S. Peskov").containsEntry("kind", "ORGANISATION");
        assertThat(jdbc.queryForList("select alias from actor_alias al join actor a on a.id = al.actor_id"
                + " where a.slug = ?", String.class, peskov)).contains(old, "the Kremlin spokesman");
    }

    @Test
    void badEditsAreExplainedAndReadersCannotEdit() throws Exception {
        mvc.perform(edit(peskov, "merge", peskov).param("note", "x")).andExpect(status().isBadRequest());
        mvc.perform(edit(peskov, "merge", "nobody-at-all").param("note", "x")).andExpect(status().isBadRequest());
        mvc.perform(edit(peskov, "explode", "x").param("note", "x")).andExpect(status().isBadRequest());
        mvc.perform(edit(peskov, "rename", "New Name")).andExpect(status().isBadRequest());
        mvc.perform(post("/speakers/" + peskov + "/edit").param("action", "rename").param("value", "Vandal")
                .param("note", "x").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(page("/speakers/" + peskov + "/edit")).andExpect(redirectedUrl("/login"));
        mvc.perform(page("/speakers/" + peskov + "/edit").with(user("erin").roles("EDITOR")))
                .andExpect(status().isOk());

        assertThat(count("select count(*) from actor where name in ('New Name', 'Vandal')")).isZero();
        assertThat(count("select count(*) from audit_event")).isZero();
    }

    private MockHttpServletRequestBuilder edit(String slug, String action, String value) {
        return post("/speakers/" + slug + "/edit").param("action", action).param("value", value)
                .with(user("erin").roles("EDITOR")).with(csrf());
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String slugSaying(String words) {
        return jdbc.queryForObject("select a.slug from statement s join actor a on a.id = s.actor_id"
                + " where s.content like ?", String.class, "%" + words + "%");
    }
}
