package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;

import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class IngestionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anEditorUploadsFilesAndSeesWhatBecameOfEach() throws Exception {
        MvcResult upload = mvc.perform(multipart("/ingest")
                        .file(file("a.txt", " date 2025-03-02\n“We must be open,” he told reporters."))
                        .file(file("notes.pdf", "%PDF"))
                        .with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/ingestion/runs/*"))
                .andReturn();

        Document run = html(mvc.perform(get(upload.getResponse().getRedirectedUrl()))
                .andExpect(status().isOk()).andExpect(view().name("ingestion/run")).andReturn());
        assertThat(run.select("h1").text()).matches("Run #\\d+: Upload");
        assertThat(run.select("tbody tr")).extracting(row -> row.select("th span").text() + " | "
                + row.select("td").get(0).text() + " | " + row.select("td").get(1).text())
                .containsExactly("a.txt | Ingested | Article " + run.select("tbody a").attr("href").replace("/articles/", ""),
                        "notes.pdf | Rejected | unsupported file type '.pdf': expected .txt, .html or .htm");

        Document log = html(mvc.perform(get("/ingestion")).andExpect(status().isOk()).andReturn());
        assertThat(log.select("tbody tr").first().select("td").eachText())
                .containsSubsequence("Upload", "2", "1", "0", "0", "1");
    }

    @Test
    void anUploadWithoutFilesIsABadRequestWithAMessage() throws Exception {
        Document page = html(mvc.perform(multipart("/ingest").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(view().name("ingestion/upload")).andReturn());

        assertThat(page.select("[role=alert]").text()).isEqualTo("Choose at least one .txt or .html file to upload.");
    }

    @Test
    void readersAreAskedToSignInBeforeUploading() throws Exception {
        mvc.perform(get("/ingest")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(multipart("/ingest").file(file("a.txt", "text")).with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(multipart("/ingest").file(file("a.txt", "text")).with(user("editor").roles("EDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLoginPageIsPartOfTheSite() throws Exception {
        Document page = html(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Editor sign-in");
        assertThat(page.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.select("label[for=username], label[for=password]")).hasSize(2);
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        mvc.perform(get("/ingestion/runs/999999")).andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }
}
