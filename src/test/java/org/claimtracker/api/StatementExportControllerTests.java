package org.claimtracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StatementExportControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    ApiFixture data;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        data = new ApiFixture(articles, actors, statements);
    }

    @Test
    void csvHasTheJsonFieldsAsHeaderAndOneRecordPerStatement() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/statements.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8;header=present"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statements.csv\""))
                .andReturn().getResponse();

        List<CSVRecord> rows = parseCsv(response);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(StatementResponse.FIELDS);
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(
                String.valueOf(data.peskovApril.getId()), String.valueOf(data.unnamedApril.getId()),
                String.valueOf(data.zelenskyyMarch.getId()), String.valueOf(data.tricky.getId()),
                String.valueOf(data.zelenskyyUndated.getId()));
        CSVRecord tricky = rows.get(3);
        assertThat(tricky.get("text")).isEqualTo(ApiFixture.TRICKY);
        assertThat(tricky.get("topics")).isEmpty();
        assertThat(rows.get(0).get("topics")).isEqualTo("CEASEFIRE");
        assertThat(rows.get(0).get("stances")).isEqualTo("CEASEFIRE=OPPOSES");
        assertThat(rows.get(1).get("actorSlug")).isEmpty();
        assertThat(rows.get(4).get("articleDate")).isEmpty();
    }

    @Test
    void csvCellsEqualTheJsonItemsFieldByField() throws Exception {
        List<CSVRecord> rows = parseCsv(mvc.perform(get("/statements.csv")).andReturn().getResponse());
        JsonNode items = json.readTree(mvc.perform(get("/api/statements")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("items");

        assertThat(rows).hasSize(items.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String field : StatementResponse.FIELDS) {
                JsonNode value = items.get(i).get(field);
                if (value.isContainer()) {
                    continue; // topics and stances are flattened, checked above
                }
                assertThat(rows.get(i).get(field)).as(field).isEqualTo(value.isNull() ? "" : value.asString());
            }
        }
    }

    @Test
    void multiTopicStancesAreFlattenedInTopicOrder() throws Exception {
        jdbc.update("insert into position (statement_id, actor_id, topic_code, stance, stated_on) "
                + "values (?, ?, 'NATO', 'OPPOSES', '2025-04-02')", data.peskovApril.getId(), data.peskov.getId());

        CSVRecord peskov = parseCsv(mvc.perform(get("/statements.csv?speaker=dmitry-peskov")).andReturn()
                .getResponse()).get(0);

        assertThat(peskov.get("topics")).isEqualTo("CEASEFIRE;NATO");
        assertThat(peskov.get("stances")).isEqualTo("CEASEFIRE=OPPOSES;NATO=OPPOSES");
    }

    @Test
    void exportsApplyTheFilterAndNameTheFileAfterIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/statements.csv?speaker=dmitry-peskov&topic=ceasefire"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"statements-dmitry-peskov-ceasefire.csv\""))
                .andReturn().getResponse();

        assertThat(parseCsv(response)).extracting(r -> r.get("text")).containsExactly("There will be no ceasefire.");
    }

    @Test
    void exportsIgnorePagingAndGiveEveryMatchingStatement() throws Exception {
        assertThat(parseCsv(mvc.perform(get("/statements.csv?page=2&size=1")).andReturn().getResponse())).hasSize(5);
        assertThat(jsonLines(mvc.perform(get("/statements.jsonl?page=x&size=0")).andReturn().getResponse()))
                .hasSize(5);
    }

    @Test
    void anEmptyExportIsJustTheHeader() throws Exception {
        String csv = mvc.perform(get("/statements.csv?q=nothingmatchesthis")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(String.join(",", StatementResponse.FIELDS) + "\r\n");
        String jsonl = mvc.perform(get("/statements.jsonl?q=nothingmatchesthis")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(jsonl).isEmpty();
    }

    @Test
    void aBadFilterIsAProblemDetailEvenWhenTheClientAsksForCsv() throws Exception {
        mvc.perform(get("/statements.csv?topic=PEACE").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("topic"));
        mvc.perform(get("/statements.jsonl?from=yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void jsonLinesHoldsOneApiItemPerLine() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/statements.jsonl"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/jsonl;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statements.jsonl\""))
                .andReturn().getResponse();
        JsonNode items = json.readTree(mvc.perform(get("/api/statements")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("items");

        List<JsonNode> lines = jsonLines(response);
        assertThat(lines).hasSize(5);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(items.get(i));
        }
        assertThat(lines.get(3).get("text").asString()).isEqualTo(ApiFixture.TRICKY);
    }

    @Test
    void exportsThousandsOfStatementsInListOrder() throws Exception {
        data.addBulk(jdbc, 5000);

        List<CSVRecord> rows = parseCsv(mvc.perform(get("/statements.csv?sort=date")).andReturn().getResponse());
        List<JsonNode> lines = jsonLines(mvc.perform(get("/statements.jsonl?sort=date")).andReturn().getResponse());

        assertThat(rows).hasSize(5005);
        assertThat(lines).hasSize(5005);
        // the bulk article is the oldest; its statements come first, in article order
        assertThat(rows.get(0).get("text")).isEqualTo("words 1");
        assertThat(rows.get(4999).get("text")).isEqualTo("words 5000");
        assertThat(lines.get(4999).get("text").asString()).isEqualTo("words 5000");
        assertThat(rows).extracting(r -> r.get("id")).doesNotHaveDuplicates();
    }

    private static List<CSVRecord> parseCsv(MockHttpServletResponse response) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(
                response.getContentAsString(StandardCharsets.UTF_8)), format)) {
            return parser.getRecords();
        }
    }

    private List<JsonNode> jsonLines(MockHttpServletResponse response) throws IOException {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).endsWith("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
