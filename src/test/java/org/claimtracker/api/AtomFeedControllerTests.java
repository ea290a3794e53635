package org.claimtracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
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
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

@IntegrationTest
class AtomFeedControllerTests {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

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
    void speakerFeedIsAtomWithEveryRequiredElementAndTheNewestStatementFirst() throws Exception {
        String xml = fetch("/speakers/volodymyr-zelenskyy/feed.atom");
        Feed feed = parse(xml);

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("tag:localhost,2025:speakers/volodymyr-zelenskyy");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Statements by Volodymyr Zelenskyy");
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref).contains(
                org.assertj.core.groups.Tuple.tuple("self", "http://localhost/speakers/volodymyr-zelenskyy/feed.atom"));
        assertThat(feed.getEntries()).extracting(Entry::getId).containsExactly(
                "tag:localhost,2025:statement/" + data.zelenskyyMarch.getId(),
                "tag:localhost,2025:statement/" + data.tricky.getId(),
                "tag:localhost,2025:statement/" + data.zelenskyyUndated.getId());
        Entry first = feed.getEntries().get(0);
        assertThat(first.getTitle()).isEqualTo(
                "Volodymyr Zelenskyy: “We are ready for a ceasefire, but only with guarantees.”");
        assertThat(first.getUpdated().toInstant()).isEqualTo(Instant.parse("2025-03-13T00:00:00Z"));
        assertThat(first.getAuthors()).singleElement().satisfies(a -> assertThat(a.getName())
                .isEqualTo("Volodymyr Zelenskyy"));
        assertThat(first.getContents()).singleElement().satisfies(c -> assertThat(c.getValue())
                .startsWith("We are ready for a ceasefire, but only with guarantees.").contains("AP"));
        assertThat(first.getSummary().getValue()).isEqualTo("We are ready for a ceasefire, but only with guarantees.");
        assertThat(first.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly("http://localhost/statements/" + data.zelenskyyMarch.getId());
        assertThat(first.getCategories()).extracting(c -> c.getTerm()).containsExactly("CEASEFIRE");
        // an undated statement is dated by its article's ingestion
        assertThat(feed.getEntries().get(2).getUpdated().toInstant()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(feed.getUpdated().toInstant()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertEveryEntryHasTheRequiredAtomElements(xml);
    }

    @Test
    void topicFeedListsEverySpeakerOnTheTopicNewestFirst() throws Exception {
        String xml = fetch("/topics/ceasefire/feed.atom");
        Feed feed = parse(xml);

        assertThat(feed.getId()).isEqualTo("tag:localhost,2025:topics/CEASEFIRE");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Statements on Ceasefire");
        assertThat(feed.getEntries()).extracting(e -> e.getAuthors().get(0).getName())
                .containsExactly("Dmitry Peskov", "Volodymyr Zelenskyy");
        assertThat(feed.getEntries().get(0).getCategories()).singleElement()
                .satisfies(c -> assertThat(c.getLabel()).isEqualTo("Ceasefire: opposes"));
        assertThat(feed.getUpdated().toInstant()).isEqualTo(Instant.parse("2025-04-02T00:00:00Z"));
        assertEveryEntryHasTheRequiredAtomElements(xml);
    }

    @Test
    void aFeedHoldsTheFiftyNewestStatements(@Autowired JdbcTemplate jdbc) throws Exception {
        data.addBulk(jdbc, 60);

        Feed feed = parse(fetch("/speakers/dmitry-peskov/feed.atom"));

        assertThat(feed.getEntries()).hasSize(50);
        assertThat(feed.getEntries().get(0).getId()).endsWith("statement/" + data.peskovApril.getId());
    }

    @Test
    void aFeedWithoutStatementsIsStillValidAtom() throws Exception {
        String xml = fetch("/topics/TERRITORY/feed.atom");

        assertThat(parse(xml).getEntries()).isEmpty();
        assertThat(parse(xml).getUpdated()).isNotNull();
    }

    @Test
    void anUnknownSpeakerOrTopicIs404() throws Exception {
        mvc.perform(get("/speakers/nobody/feed.atom"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no speaker 'nobody'"));
        mvc.perform(get("/topics/PEACE/feed.atom").accept("application/atom+xml"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String fetch(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    /** Checks the XML itself, not Rome's reading of it: RFC 4287 requires these in the Atom namespace. */
    private static void assertEveryEntryHasTheRequiredAtomElements(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "link")) {
            assertThat(children(root, required)).as("feed/" + required).isNotEmpty();
        }
        for (Element entry : children(root, "entry")) {
            for (String required : List.of("id", "title", "updated", "author", "link", "content")) {
                assertThat(children(entry, required)).as("entry/" + required).isNotEmpty();
            }
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
