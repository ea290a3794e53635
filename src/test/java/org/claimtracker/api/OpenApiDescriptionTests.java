package org.claimtracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at /v3/api-docs against the application itself: every endpoint of the api package is
 * described, and real responses have exactly the documented shape and content types, so the description cannot
 * drift from the code unnoticed.
 */
@IntegrationTest
class OpenApiDescriptionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    ApiFixture data;
    JsonNode description;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) throws Exception {
        cleaner.clean();
        data = new ApiFixture(articles, actors, statements);
        description = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void describesEveryEndpointOfTheApiPackageAndNothingElse(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType() == UnknownApiPathController.class) {
                return; // the fallback for unknown /api paths, hidden from the description
            }
            boolean api = method.getBeanType().getPackageName().equals(StatementRestController.class.getPackageName());
            info.getPatternValues().stream()
                    .filter(pattern -> api || pattern.startsWith("/api/"))
                    .forEach(served::add);
        });

        assertThat(served).contains("/api/statements", "/api/statements/{id}", "/api/actors", "/api/actors/{slug}",
                "/api/actors/{slug}/positions", "/api/topics", "/api/articles/{id}", "/statements.csv",
                "/statements.jsonl", "/speakers/{slug}/feed.atom", "/topics/{code}/feed.atom");
        assertThat(new TreeSet<>(description.get("paths").propertyNames())).isEqualTo(served);
        assertThat(description.get("openapi").asString()).startsWith("3.");
    }

    @Test
    void theStatementItemSchemaListsExactlyTheFieldsTheApiReturns() throws Exception {
        JsonNode item = json.readTree(body(mvc.perform(get("/api/statements?size=1")).andReturn().getResponse()))
                .get("items").get(0);
        JsonNode schema = description.at("/components/schemas/Statement/properties");
        // the citation is documented on the same schema, but only /api/statements/{id} gives it
        List<String> listed = new ArrayList<>(schema.propertyNames());
        assertThat(listed.remove("citation")).isTrue();

        assertThat(new TreeSet<>(listed)).isEqualTo(new TreeSet<>(item.propertyNames()));
        assertThat(listed).containsExactlyElementsOf(StatementResponse.FIELDS);
    }

    @Test
    void realJsonResponsesMatchTheirDocumentedSchemasAndContentTypes() throws Exception {
        List<String> urls = List.of("/api/statements", "/api/statements/" + data.unnamedApril.getId(),
                "/api/actors", "/api/actors?q=peskov", "/api/actors/volodymyr-zelenskyy",
                "/api/actors/volodymyr-zelenskyy/positions", "/api/topics", "/api/articles/" + data.march.getId(),
                "/api/articles/" + data.undated.getId());
        for (String url : urls) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            JsonNode documented = operation(url).at("/responses/200/content");
            assertThat(documented.propertyNames()).as(url).containsExactly(response.getContentType());
            assertMatches(url, json.readTree(body(response)), documented.get(response.getContentType()).get("schema"));
        }
    }

    @Test
    void badRequestsAnswerTheDocumentedProblemDetail() throws Exception {
        for (String url : List.of("/api/statements?topic=PEACE", "/api/statements/abc", "/api/articles/x",
                "/statements.csv?size=1&from=soon", "/statements.jsonl?stance=unsure")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(400);
            assertThat(response.getContentType()).as(url).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode documented = operation(url).at("/responses/400/content");
            assertThat(documented.propertyNames()).as(url).containsExactly(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = json.readTree(body(response));
            assertMatches(url, problem, documented.get(MediaType.APPLICATION_PROBLEM_JSON_VALUE).get("schema"));
            assertThat(problem.get("parameter").isString()).as(url).isTrue();
        }
    }

    @Test
    void notFoundAnswersTheDocumentedProblemDetail() throws Exception {
        for (String url : List.of("/api/statements/0", "/api/actors/nobody", "/api/actors/nobody/positions",
                "/api/articles/0", "/speakers/nobody/feed.atom", "/topics/PEACE/feed.atom")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(404);
            assertThat(response.getContentType()).as(url).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertMatches(url, json.readTree(body(response)),
                    operation(url).at("/responses/404/content/application~1problem+json/schema"));
        }
    }

    @Test
    void exportsAndFeedsAnswerTheirDocumentedContentTypes() throws Exception {
        for (String url : List.of("/statements.csv", "/statements.jsonl", "/speakers/dmitry-peskov/feed.atom",
                "/topics/CEASEFIRE/feed.atom")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            String documented = operation(url).at("/responses/200/content").propertyNames().iterator().next();
            assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(
                    MediaType.parseMediaType(documented))).as(url + " " + response.getContentType()).isTrue();
        }
    }

    @Test
    void theBrowsableUiIsServed() throws Exception {
        String location = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("swagger-ui/index.html");
        assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    /** The GET operation whose path template matches the URL. */
    private JsonNode operation(String url) {
        String path = url.replaceAll("\\?.*", "");
        for (String template : description.get("paths").propertyNames()) {
            if (path.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))
                    && !(template.contains("{") && description.get("paths").has(path))) {
                return description.get("paths").get(template).get("get");
            }
        }
        throw new AssertionError("no documented path for " + url);
    }

    /**
     * Checks a JSON value against an OpenAPI 3.1 schema as springdoc writes them: objects have no undocumented
     * property and every required one, and types and enums agree.
     */
    private void assertMatches(String where, JsonNode value, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            assertMatches(where, value, description.at("/components/schemas/" + name));
            return;
        }
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.get("type");
        if (type != null) {
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asString()));
            } else {
                types.add(type.asString());
            }
        } else if (schema.has("properties")) {
            types.add("object");
        }
        if (value.isNull()) {
            assertThat(types).as(where + " is null but not nullable").contains("null");
            return;
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(e -> allowed.add(e.asString()));
            assertThat(allowed).as(where).contains(value.asString());
        }
        if (value.isObject()) {
            assertThat(types).as(where).contains("object");
            if (schema.has("properties")) {
                JsonNode properties = schema.get("properties");
                assertThat(properties.propertyNames()).as(where + " undocumented properties")
                        .containsAll(value.propertyNames());
                if (schema.has("required")) {
                    schema.get("required").forEach(name -> assertThat(value.has(name.asString()))
                            .as(where + " lacks required " + name.asString()).isTrue());
                }
                for (String name : value.propertyNames()) {
                    assertMatches(where + "." + name, value.get(name), properties.get(name));
                }
            } else if (schema.has("additionalProperties")) {
                for (String name : value.propertyNames()) {
                    assertMatches(where + "." + name, value.get(name), schema.get("additionalProperties"));
                }
            }
        } else if (value.isArray()) {
            assertThat(types).as(where).contains("array");
            for (int i = 0; i < value.size(); i++) {
                assertMatches(where + "[" + i + "]", value.get(i), schema.get("items"));
            }
        } else if (value.isString()) {
            assertThat(types).as(where).contains("string");
        } else if (value.isIntegralNumber()) {
            assertThat(types).as(where).containsAnyOf("integer", "number");
        } else if (value.isNumber()) {
            assertThat(types).as(where).contains("number");
        } else if (value.isBoolean()) {
            assertThat(types).as(where).contains("boolean");
        }
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
