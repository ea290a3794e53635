package org.claimtracker.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRole;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ActorRestControllerTests {

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
    void listsActorsWithStatementCountsMostFirst() throws Exception {
        mvc.perform(get("/api/actors"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].slug").value(contains("volodymyr-zelenskyy", "dmitry-peskov")))
                .andExpect(jsonPath("$[0].name").value("Volodymyr Zelenskyy"))
                .andExpect(jsonPath("$[0].kind").value("PERSON"))
                .andExpect(jsonPath("$[0].statements").value(3))
                .andExpect(jsonPath("$[0].firstSaid").value("2025-03-13"))
                .andExpect(jsonPath("$[0].lastSaid").value("2025-03-13"))
                .andExpect(jsonPath("$[1].statements").value(1));
    }

    @Test
    void searchesActorsByMisspelledNameOrAlias() throws Exception {
        mvc.perform(get("/api/actors?q=Zelenskiy"))
                .andExpect(jsonPath("$[*].slug").value(contains("volodymyr-zelenskyy")))
                .andExpect(jsonPath("$[0].matchedAs").isString());
        mvc.perform(get("/api/actors?q=Mr. Peskov"))
                .andExpect(jsonPath("$[0].slug").value("dmitry-peskov"))
                .andExpect(jsonPath("$[0].matchedAs").value("Mr. Peskov"));
        mvc.perform(get("/api/actors?q=Nobody Atall"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").value(empty()));
    }

    @Test
    void anActorsProfileHasAliasesRolesAndCounts(@Autowired ActorRoleRepository roles) throws Exception {
        roles.save(new ActorRole(data.peskov, data.april, "Kremlin spokesman", 0, 6));

        mvc.perform(get("/api/actors/dmitry-peskov"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("dmitry-peskov"))
                .andExpect(jsonPath("$.name").value("Dmitry Peskov"))
                .andExpect(jsonPath("$.aliases").value(contains("Mr. Peskov")))
                .andExpect(jsonPath("$.roles[0].role").value("Kremlin spokesman"))
                .andExpect(jsonPath("$.roles[0].statedOn").value("2025-04-02"))
                .andExpect(jsonPath("$.roles[0].articleId").value(data.april.getId()))
                .andExpect(jsonPath("$.roles[0].source").value("april.txt"))
                .andExpect(jsonPath("$.statements").value(1));
    }

    @Test
    void positionsGiveTheStanceHistoryPerTopicWithStatementIdsAndDates() throws Exception {
        mvc.perform(get("/api/actors/volodymyr-zelenskyy/positions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actorSlug").value("volodymyr-zelenskyy"))
                .andExpect(jsonPath("$.topics[*].topic").value(contains("CEASEFIRE", "NATO")))
                .andExpect(jsonPath("$.topics[0].label").value("Ceasefire"))
                .andExpect(jsonPath("$.topics[0].latest").value("CONDITIONAL"))
                .andExpect(jsonPath("$.topics[0].history[0].statementId").value(data.zelenskyyMarch.getId()))
                .andExpect(jsonPath("$.topics[0].history[0].date").value("2025-03-13"))
                .andExpect(jsonPath("$.topics[0].history[0].stance").value("CONDITIONAL"))
                .andExpect(jsonPath("$.topics[0].standing.stance").value("CONDITIONAL"))
                .andExpect(jsonPath("$.topics[0].standing.quoteStatementId").value(data.zelenskyyMarch.getId()))
                .andExpect(jsonPath("$.topics[0].history[0].reports[0]").value(data.zelenskyyMarch.getId()))
                .andExpect(jsonPath("$.topics[0].changes").isEmpty())
                .andExpect(jsonPath("$.topics[1].history[0].date").value(nullValue()));
    }

    @Test
    void anActorWhoSaidNothingYetIsNoSpeakerButHasAProfileAndAnEmptyHistory(@Autowired ActorRepository actors)
            throws Exception {
        actors.save(new Actor("quiet-person", "Quiet Person", ActorKind.PERSON, Instant.parse("2026-01-01T00:00:00Z")));

        mvc.perform(get("/api/actors"))
                .andExpect(jsonPath("$[*].slug").value(not(hasItem("quiet-person"))));
        mvc.perform(get("/api/actors/quiet-person"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements").value(0));
        mvc.perform(get("/api/actors/quiet-person/positions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topics").value(empty()));
    }

    @Test
    void anUnknownSlugIs404Problem() throws Exception {
        for (String url : new String[] {"/api/actors/nobody", "/api/actors/nobody/positions"}) {
            mvc.perform(get(url))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("no actor 'nobody'"));
        }
    }
}
