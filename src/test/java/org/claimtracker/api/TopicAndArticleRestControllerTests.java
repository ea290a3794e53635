package org.claimtracker.api;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TopicAndArticleRestControllerTests {

    @Autowired
    MockMvc mvc;

    ApiFixture data;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        data = new ApiFixture(articles, actors, statements);
    }

    @Test
    void listsTopicsInTheirOrder() throws Exception {
        mvc.perform(get("/api/topics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].code").value(contains("CEASEFIRE", "SECURITY_GUARANTEES", "MINERALS_DEAL",
                        "NATO", "TERRITORY", "NEGOTIATIONS", "US_SUPPORT", "MILITARY_AID")))
                .andExpect(jsonPath("$[0].label").value("Ceasefire"))
                .andExpect(jsonPath("$[0].description").isString());
    }

    @Test
    void anArticleHasItsMetadataBodyAndStatementsInArticleOrder() throws Exception {
        mvc.perform(get("/api/articles/{id}", data.march.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(data.march.getId()))
                .andExpect(jsonPath("$.source").value("march.txt"))
                .andExpect(jsonPath("$.title").value("march"))
                .andExpect(jsonPath("$.outlet").value("AP"))
                .andExpect(jsonPath("$.articleDate").value("2025-03-13"))
                .andExpect(jsonPath("$.dateSource").value("HEADER"))
                .andExpect(jsonPath("$.ingestedAt").value("2026-01-01T10:00:00Z"))
                .andExpect(jsonPath("$.extractorVersion").value("test-1"))
                .andExpect(jsonPath("$.body").value(data.march.getBody()))
                .andExpect(jsonPath("$.statements[*].id").value(contains(data.zelenskyyMarch.getId().intValue(),
                        data.tricky.getId().intValue())))
                .andExpect(jsonPath("$.statements[1].text").value(ApiFixture.TRICKY));
    }

    @Test
    void anUndatedArticleSaysSo() throws Exception {
        mvc.perform(get("/api/articles/{id}", data.undated.getId()))
                .andExpect(jsonPath("$.articleDate").doesNotExist())
                .andExpect(jsonPath("$.dateSource").value("NONE"));
    }

    @Test
    void anUnknownArticleIs404AndAMalformedIdIs400NamingIt() throws Exception {
        mvc.perform(get("/api/articles/424242"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no article '424242'"));
        mvc.perform(get("/api/articles/march"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("id"));
    }
}
