package org.claimtracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StatementRestControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    ApiFixture data;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        data = new ApiFixture(articles, actors, statements);
    }

    @Test
    void listsStatementsNewestFirstWithTheExtractContractFields() throws Exception {
        mvc.perform(get("/api/statements"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(data.peskovApril.getId(),
                        data.unnamedApril.getId(), data.zelenskyyMarch.getId(), data.tricky.getId(),
                        data.zelenskyyUndated.getId()))))
                .andExpect(jsonPath("$.items[0].actorSlug").value("dmitry-peskov"))
                .andExpect(jsonPath("$.items[0].articleId").value(data.april.getId()))
                .andExpect(jsonPath("$.items[0].source").value("april.txt"))
                .andExpect(jsonPath("$.items[0].articleDate").value("2025-04-02"))
                .andExpect(jsonPath("$.items[0].saidOn").value(nullValue()))
                .andExpect(jsonPath("$.items[0].kind").value("DIRECT"))
                .andExpect(jsonPath("$.items[0].text").value("There will be no ceasefire."))
                .andExpect(jsonPath("$.items[0].start").value(13))
                .andExpect(jsonPath("$.items[0].end").value(40))
                .andExpect(jsonPath("$.items[0].parts.length()").value(1))
                .andExpect(jsonPath("$.items[0].parts[0].start").value(13))
                .andExpect(jsonPath("$.items[0].parts[0].end").value(40))
                .andExpect(jsonPath("$.items[0].speaker").value("Dmitry Peskov"))
                .andExpect(jsonPath("$.items[0].mention").value("Dmitry Peskov"))
                .andExpect(jsonPath("$.items[0].cue").value("said"))
                .andExpect(jsonPath("$.items[0].topics").value(contains("CEASEFIRE")))
                .andExpect(jsonPath("$.items[0].stances.CEASEFIRE").value("OPPOSES"))
                .andExpect(jsonPath("$.items[1].actorSlug").value(nullValue()))
                .andExpect(jsonPath("$.items[1].speaker").value(nullValue()))
                .andExpect(jsonPath("$.items[4].articleDate").value(nullValue()));
    }

    @Test
    void itemsCarryExactlyTheDocumentedFieldsInContractOrder() throws Exception {
        String body = mvc.perform(get("/api/statements?size=1")).andReturn().getResponse().getContentAsString();
        List<String> names = new ArrayList<>(json.readTree(body).get("items").get(0).propertyNames());

        assertThat(names).containsExactlyElementsOf(StatementResponse.FIELDS).containsExactly("id", "actorSlug",
                "articleId", "source", "articleDate", "outlet", "title", "author", "url", "publishedOn", "saidOn",
                "kind", "text", "start", "end", "parts", "speaker", "mention", "cue", "topics", "stances");
    }

    @Test
    void filtersBySpeakerTopicStanceKindDatesSourceAndWords() throws Exception {
        expectIds("/api/statements?speaker=volodymyr-zelenskyy&sort=date", data.zelenskyyMarch.getId(),
                data.tricky.getId(), data.zelenskyyUndated.getId());
        expectIds("/api/statements?speaker=dmitry-peskov&speaker=volodymyr-zelenskyy&topic=ceasefire",
                data.peskovApril.getId(), data.zelenskyyMarch.getId());
        expectIds("/api/statements?topic=CEASEFIRE&stance=opposes", data.peskovApril.getId());
        expectIds("/api/statements?from=2025-04-01&to=2025-04-30", data.peskovApril.getId(),
                data.unnamedApril.getId());
        expectIds("/api/statements?source=ap", data.zelenskyyMarch.getId(), data.tricky.getId());
        expectIds("/api/statements?q=guarantees", data.zelenskyyMarch.getId());
        expectIds("/api/statements?kind=INDIRECT");
    }

    @Test
    void pagesAreStableAndCountFromOne() throws Exception {
        mvc.perform(get("/api/statements?size=2&page=2"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(data.zelenskyyMarch.getId(),
                        data.tricky.getId()))));
        mvc.perform(get("/api/statements?size=2&page=9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").value(empty()))
                .andExpect(jsonPath("$.total").value(5));
    }

    @Test
    void aFilterThatMatchesNothingAnswersAnEmptyList() throws Exception {
        mvc.perform(get("/api/statements?speaker=nobody"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").value(empty()))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.page").value(1));
    }

    @ParameterizedTest
    @CsvSource({
            "topic=PEACE, topic, unknown topic",
            "stance=MAYBE, stance, unknown stance",
            "kind=QUOTE, kind, unknown kind",
            "from=2025-13-01, from, YYYY-MM-DD",
            "from=2025-05-01&to=2025-04-01, from, after",
            "sort=speaker, sort, sort must be",
            "page=0, page, 1 or more",
            "page=two, page, whole number",
            "size=500, size, between 1 and 200"})
    void aBadParameterIsAProblemDetailNamingIt(String query, String parameter, String detail) throws Exception {
        mvc.perform(get("/api/statements?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andExpect(jsonPath("$.instance").value("/api/statements"));
    }

    @Test
    void aSplitQuotationCarriesTheOffsetsOfEachPart() throws Exception {
        Statement split = data.addSplitQuotation();

        mvc.perform(get("/api/statements/" + split.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value(1))
                .andExpect(jsonPath("$.end").value(46))
                .andExpect(jsonPath("$.parts[*].start").value(contains(1, 32)))
                .andExpect(jsonPath("$.parts[*].end").value(contains(13, 46)));
    }

    @Test
    void findsOneStatementById() throws Exception {
        mvc.perform(get("/api/statements/{id}", data.tricky.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(data.tricky.getId()))
                .andExpect(jsonPath("$.text").value(ApiFixture.TRICKY))
                .andExpect(jsonPath("$.topics").value(empty()))
                .andExpect(jsonPath("$.stances").isMap());
    }

    @Test
    void anUnknownStatementIsA404ProblemAndAMalformedIdA400NamingIt() throws Exception {
        mvc.perform(get("/api/statements/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("no statement '999999'"));
        mvc.perform(get("/api/statements/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("id"))
                .andExpect(jsonPath("$.detail").value("id must be a whole number, not 'abc'"));
    }

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        mvc.perform(get("/api/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void writingToTheReadOnlyApiIsA405ProblemNamingGet() throws Exception {
        for (String url : new String[] {"/api/statements", "/api/statements/1", "/api/no-such-thing"}) {
            mvc.perform(post(url))
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().string("Allow", containsString("GET")))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(405));
        }
        mvc.perform(delete("/api/actors/x")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aKnownPathAskedForAnotherMediaTypeIsNotAcceptableRatherThanUnknown() throws Exception {
        mvc.perform(get("/api/statements").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotAcceptable());
    }

    private void expectIds(String url, Long... ids) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> found = new ArrayList<>();
        for (JsonNode item : json.readTree(body).get("items")) {
            found.add(item.get("id").asLong());
        }
        assertThat(found).as(url).containsExactly(ids);
    }

    private static Object[] ids(Long... ids) {
        return java.util.Arrays.stream(ids).map(Long::intValue).toArray();
    }
}
