package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.html;
import static org.claimtracker.web.WebTestSupport.page;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.article.PublicationDateSource;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionReport;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.claimtracker.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Sources named by outlet and headline, the citation of a statement in its three forms, and the index pages. */
@IntegrationTest
class CitationAndIndexPagesTests {

    private static final String HEADLINE = "Kremlin says a truce needs guarantees";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    @TempDir
    Path dir;

    TestData data;
    Statement peskov;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ActorRepository actors,
            @Autowired StatementRepository statements, @Autowired ActorRoleRepository roles) {
        cleaner.clean();
        data = new TestData(articles, actors, statements);
        new SampleCorpus(data, roles);
        Article cited = articles.save(new Article("2025-03-20-cited.txt", new ArticleMetadata(HEADLINE, "Reuters",
                "Jane Roe", "https://www.reuters.com/world/kremlin-truce-2025-03-20/", LocalDate.of(2025, 3, 20),
                PublicationDateSource.METADATA_TABLE), "Dmitry Peskov spoke to reporters.\n"
                + "“A truce needs guarantees,” Peskov said.", Instant.parse("2026-01-01T10:00:00Z"), "test-1"));
        peskov = data.statement(cited, data.actor("Dmitry Peskov", ActorKind.PERSON), "A truce needs guarantees,",
                Map.of("CEASEFIRE", Stance.CONDITIONAL));
    }

    @Test
    void aStatementPageOffersACitationAsSelectableTextWithAScriptFromAFile() throws Exception {
        Document doc = html(mvc, "/statements/" + peskov.getId());

        assertThat(doc.select(".citation .citation-text").text()).isEqualTo("Dmitry Peskov, “A truce needs "
                + "guarantees,”. Reported in Jane Roe, “" + HEADLINE + "”, Reuters, 20 March "
                + "2025, https://www.reuters.com/world/kremlin-truce-2025-03-20/. Claim Tracker, "
                + "http://localhost/statements/" + peskov.getId() + " (accessed "
                + longDate(doc.select(".citation-facts dd").last().text()) + ").");
        assertThat(doc.select(".citation-facts dt").eachText()).containsExactly("Speaker", "Said", "Outlet",
                "Headline", "Author", "Published", "Original", "Permalink", "Accessed");
        assertThat(doc.select(".citation button[data-copy-target=citation-text]").hasAttr("hidden")).isTrue();
        assertThat(doc.select("script[src$=/js/copy-citation.js]")).hasSize(1);
        assertThat(doc.select("script:not([src])")).isEmpty();
        assertThat(doc.select(".citation a[href$=.csl.json]").attr("href"))
                .isEqualTo("/statements/" + peskov.getId() + ".csl.json");
        assertThat(doc.select(".statement-hero figcaption").text()).contains("Reuters ·", HEADLINE, "20 Mar 2025");
    }

    @Test
    void cslJsonDescribesTheArticleTheStatementWasReportedIn() throws Exception {
        mvc.perform(get("/statements/{id}.csl.json", peskov.getId()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/vnd.citationstyles.csl+json"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("claimtracker-statement-" + peskov.getId()))
                .andExpect(jsonPath("$[0].type").value("article-newspaper"))
                .andExpect(jsonPath("$[0].title").value(HEADLINE))
                .andExpect(jsonPath("$[0].container-title").value("Reuters"))
                .andExpect(jsonPath("$[0].author[0].given").value("Jane"))
                .andExpect(jsonPath("$[0].author[0].family").value("Roe"))
                .andExpect(jsonPath("$[0].issued.date-parts[0]", contains(2025, 3, 20)))
                .andExpect(jsonPath("$[0].URL").value("https://www.reuters.com/world/kremlin-truce-2025-03-20/"))
                .andExpect(jsonPath("$[0].accessed.date-parts[0].length()").value(3))
                .andExpect(jsonPath("$[0].note").value(startsWith("Dmitry Peskov: “A truce needs guarantees,”")));
        mvc.perform(get("/statements/999999.csl.json")).andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesTheSourceFieldsAndTheCitation() throws Exception {
        mvc.perform(get("/api/statements/{id}", peskov.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("2025-03-20-cited.txt"))
                .andExpect(jsonPath("$.outlet").value("Reuters"))
                .andExpect(jsonPath("$.title").value(HEADLINE))
                .andExpect(jsonPath("$.author").value("Jane Roe"))
                .andExpect(jsonPath("$.url").value("https://www.reuters.com/world/kremlin-truce-2025-03-20/"))
                .andExpect(jsonPath("$.publishedOn").value("2025-03-20"))
                .andExpect(jsonPath("$.citation.speaker").value("Dmitry Peskov"))
                .andExpect(jsonPath("$.citation.headline").value(HEADLINE))
                .andExpect(jsonPath("$.citation.permalink").value("http://localhost/statements/" + peskov.getId()))
                .andExpect(jsonPath("$.citation.text").value(containsString("Reported in Jane Roe")));
    }

    @Test
    void listsNameTheSourceByOutletHeadlineAndDateNeverByFileName() throws Exception {
        Document doc = html(mvc, "/statements?source=Reuters");

        assertThat(doc.select("#statement-" + peskov.getId() + " .statement-source").text())
                .isEqualTo("Reuters · " + HEADLINE + " · 20 Mar 2025");
        assertThat(doc.select(".statement-card").text()).doesNotContain(".txt");
    }

    @Test
    void theSourceFilterMatchesOutletsInAnyCaseAndFileNamesAndOffersTheOutlets() throws Exception {
        Document lower = html(mvc, "/statements?source=reuters");
        Document upper = html(mvc, "/statements?source=REUTERS");
        Document file = html(mvc, "/statements?source=2025-03-20-cited.txt");

        assertThat(lower.select(".statement-card").size()).isGreaterThan(1)
                .isEqualTo(upper.select(".statement-card").size());
        assertThat(lower.select(".statement-source .outlet").eachText()).containsOnly("Reuters");
        assertThat(file.select(".statement-card")).hasSize(1);
        assertThat(lower.select("#f-source").attr("list")).isEqualTo("f-source-outlets");
        assertThat(lower.select("#f-source-outlets option").eachAttr("value"))
                .containsExactly("Reuters", "AP", "BBC");
    }

    @Test
    void exportsFeedsAndTheArticlePageNameTheSourceAndKeepTheFileName() throws Exception {
        String csv = mvc.perform(get("/statements.csv?source=2025-03-20-cited.txt")).andReturn().getResponse()
                .getContentAsString();
        String atom = mvc.perform(get("/speakers/dmitry-peskov/feed.atom")).andReturn().getResponse()
                .getContentAsString();
        Document article = html(mvc, "/articles/" + peskov.getArticle().getId());

        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("id,actorSlug,articleId,source,articleDate,outlet,title,author,url,publishedOn,");
        assertThat(csv).contains(",2025-03-20-cited.txt,2025-03-20,Reuters," + HEADLINE
                + ",Jane Roe,https://www.reuters.com/world/kremlin-truce-2025-03-20/,2025-03-20,");
        assertThat(atom).contains("— Reuters, “" + HEADLINE + "”, by Jane Roe, 2025-03-20")
                .contains("rel=\"related\"", "https://www.reuters.com/world/kremlin-truce-2025-03-20/");
        assertThat(article.select("h1").text()).isEqualTo(HEADLINE);
        assertThat(article.select(".article-byline").text()).isEqualTo("By Jane Roe");
        assertThat(article.select(".article-meta .facts").text()).contains("Outlet Reuters", "Author Jane Roe",
                "File 2025-03-20-cited.txt");
    }

    @Test
    void anEditorDescribesTheUploadedFilesInTheForm() throws Exception {
        mvc.perform(multipart("/ingest")
                        .file(new MockMultipartFile("files", "upload.txt", "text/plain",
                                " date 2025-05-01\n outlet Header outlet\n“We will sign,” Shmyhal said.".getBytes(
                                        StandardCharsets.UTF_8)))
                        .param("outlet", "Kyiv Independent").param("title", "Shmyhal: we will sign")
                        .param("author", "Olena Goncharova").param("url", "https://kyivindependent.com/shmyhal")
                        .param("date", "")
                        .with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/ingest")
                        .file(new MockMultipartFile("files", "other.txt", "text/plain", "Text.".getBytes(
                                StandardCharsets.UTF_8)))
                        .param("date", "May Day").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().isBadRequest());

        Article stored = articles.findAll().stream().filter(a -> a.getSourceName().equals("upload.txt")).findFirst()
                .orElseThrow();
        assertThat(stored.metadata()).isEqualTo(new ArticleMetadata("Shmyhal: we will sign", "Kyiv Independent",
                "Olena Goncharova", "https://kyivindependent.com/shmyhal", LocalDate.of(2025, 5, 1),
                PublicationDateSource.HEADER));
        assertThat(articles.findAll()).noneMatch(a -> a.getSourceName().equals("other.txt"));
    }

    @Test
    void theArticleIndexListsNewestFirstFiltersByOutletAndDateAndPages() throws Exception {
        Document all = html(mvc.perform(page("/articles")).andExpect(status().isOk())
                .andExpect(view().name("articles/index")).andReturn());

        assertThat(all.select("header nav a[aria-current=page]").text()).isEqualTo("Articles");
        assertThat(all.select("table.article-index tbody tr")).hasSize(4);
        assertThat(all.select("table.article-index tbody tr").first().text())
                .isEqualTo("2 Apr 2025 Reuters " + articles.findAll().stream()
                        .filter(a -> a.getSourceName().equals("2025-04-02-reuters.txt")).findFirst().orElseThrow()
                        .getHeadline() + " 3");
        assertThat(all.select("table.article-index tbody tr th a").eachAttr("href")).hasSize(4);

        Document reuters = html(mvc, "/articles?outlet=reuters&from=2025-03-15&to=2025-03-31");
        assertThat(reuters.select("table.article-index tbody tr th").eachText()).containsExactly(HEADLINE);
        assertThat(reuters.select("#a-outlet option[selected]").text()).isEqualTo("Reuters (2)");

        for (int i = 0; i < 30; i++) {
            data.article(String.format("2024-01-%02d-filler.txt", i % 28 + 1), "Filler", LocalDate.of(2024, 1,
                    i % 28 + 1), "Filler article number " + i + " says nothing at all.");
        }
        Document first = html(mvc, "/articles");
        Document second = html(mvc, "/articles?page=2");
        assertThat(first.select("table.article-index tbody tr")).hasSize(ArticleIndexController.PAGE_SIZE);
        assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/articles?page=2");
        assertThat(second.select("table.article-index tbody tr")).hasSize(34 - ArticleIndexController.PAGE_SIZE);
        mvc.perform(page("/articles?page=0")).andExpect(status().isBadRequest());
        mvc.perform(page("/articles?from=March")).andExpect(status().isBadRequest());
    }

    @Test
    void theTopicIndexGivesEachTopicItsDescriptionAndCounts() throws Exception {
        Document doc = html(mvc.perform(page("/topics")).andExpect(status().isOk())
                .andExpect(view().name("topics/index")).andReturn());

        assertThat(doc.select("header nav a[aria-current=page]").text()).isEqualTo("Topics");
        assertThat(doc.select("table.topic-index tbody tr")).hasSize(8);
        assertThat(doc.select("table.topic-index tbody tr").first().text()).isEqualTo("Ceasefire A halt to the "
                + "fighting: full, partial (energy, Black Sea) or temporary truces. 5 3");
    }

    @Test
    void anonymousReadersOfTheIngestionLogSeeFileNamesOnlyEditorsSeePaths(@Autowired IngestionRunner runner)
            throws Exception {
        Path bad = TestArticles.write(dir, "empty.txt", " ");
        Path missing = dir.resolve("gone.txt");
        IngestionReport report = runner.ingestPaths(List.of(bad, missing), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);

        String anonymous = mvc.perform(page("/ingestion/runs/" + report.runId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String editor = mvc.perform(page("/ingestion/runs/" + report.runId()).with(user("editor").roles("EDITOR")))
                .andReturn().getResponse().getContentAsString();

        assertThat(anonymous).contains("empty.txt", "gone.txt").doesNotContain(dir.toString())
                .doesNotContain(dir.getParent().toString() + "/");
        assertThat(editor).contains(dir.resolve("empty.txt").toString());
    }

    /** The page shows dates as "29 Nov 2026"; the citation text, a style to paste, spells the month out. */
    private static String longDate(String shown) {
        java.time.format.DateTimeFormatter page = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.ENGLISH);
        return java.time.LocalDate.parse(shown, page).format(java.time.format.DateTimeFormatter.ofPattern(
                "d MMMM yyyy", java.util.Locale.ENGLISH));
    }
}
