package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.claimtracker.support.CorrectionArticle;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Every write lands in the audit log, which only editors read, on a page or as CSV. */
@IntegrationTest
class AuditPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    @Test
    void uploadsAndCorrectionsAreLoggedAndFilterable() throws Exception {
        mvc.perform(multipart("/ingest").file(new MockMultipartFile("files", "a.txt", "text/plain",
                        CorrectionArticle.TEXT.getBytes(StandardCharsets.UTF_8)))
                .with(user("erin").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
        long statement = jdbc.queryForObject("select id from statement where content like '%never accept%'",
                Long.class);
        mvc.perform(post("/statements/" + statement + "/corrections").param("kind", "CONFIRM")
                .param("note", "=HYPERLINK(\"x\")").with(user("frank").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document all = editorPage("/audit");
        assertThat(all.select(".audit-log tbody tr td:nth-child(3)").eachText())
                .containsExactly("CORRECTION_CONFIRM", "UPLOAD");
        assertThat(all.select(".audit-log tbody tr td:nth-child(2)").eachText()).containsExactly("frank", "erin");
        assertThat(editorPage("/audit?user=erin").select(".audit-log tbody tr")).hasSize(1);
        assertThat(editorPage("/audit?action=UPLOAD").select(".audit-log tbody tr td:nth-child(4)").text())
                .startsWith("ingestion run ");

        String csv = mvc.perform(get("/audit.csv").with(user("erin").roles("EDITOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).startsWith("at,user,action,target,detail").contains("CORRECTION_CONFIRM")
                .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void readersCannotSeeTheLog() throws Exception {
        mvc.perform(page("/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/audit.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aBadDateIsExplained() throws Exception {
        mvc.perform(page("/audit?since=yesterday").with(user("erin").roles("EDITOR")))
                .andExpect(status().isBadRequest());
    }

    private Document editorPage(String url) throws Exception {
        return html(mvc.perform(page(url).with(user("erin").roles("EDITOR"))).andExpect(status().isOk())
                .andReturn());
    }
}
