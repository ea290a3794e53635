package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.actor.ActorRole;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.QueryCountingConfiguration;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages must not run a query per row: the number of SQL statements a page runs stays the same when the data grows
 * tenfold.
 */
@IntegrationTest
@Import(QueryCountingConfiguration.class)
class QueryCountTests {

    private static final List<String> PAGES = List.of("/", "/statements", "/statements?topic=CEASEFIRE&q=ceasefire",
            "/speakers", "/speakers?q=speakr", "/speakers/speaker-0", "/topics/CEASEFIRE", "/positions");
    private static final Stance[] STANCES = Stance.values();
    private static final String[] TOPICS = {"CEASEFIRE", "SECURITY_GUARANTEES", "MINERALS_DEAL", "NATO"};

    @Autowired
    MockMvc mvc;

    @Autowired
    QueryCountingConfiguration.QueryCounter counter;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    ActorRoleRepository roles;

    TestData data;

    /** The first article and statement stored: their pages are counted too. */
    Long firstArticle;
    Long firstStatement;

    @Autowired
    void data(ArticleRepository articles, ActorRepository actors, StatementRepository statements) {
        data = new TestData(articles, actors, statements);
    }

    @Test
    void pagesRunAsManyQueriesWithFiftyStatementsAsWithFive() throws Exception {
        cleaner.clean();
        insert(5, 0);
        Map<String, Long> small = countQueries();
        insert(45, 5);
        Map<String, Long> large = countQueries();

        assertThat(large).isEqualTo(small);
        // the count, the page's keys, its rows, the outlets, and the setting that plans the list for its own filters
        assertThat(small.get("/statements")).isLessThanOrEqualTo(6);
        assertThat(small.get("/speakers/speaker-0")).isLessThanOrEqualTo(13);
    }

    private Map<String, Long> countQueries() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>(PAGES);
        pages.add("/articles/" + firstArticle);
        pages.add("/statements/" + firstStatement);
        for (String url : pages) {
            counter.reset();
            mvc.perform(page(url)).andExpect(status().isOk());
            counts.put(url, counter.statements());
        }
        return counts;
    }

    /** Statements {@code first .. first + n - 1}, each in its own article, by one of a growing set of speakers. */
    private void insert(int n, int first) {
        for (int i = first; i < first + n; i++) {
            String words = "Statement number " + i + " about the ceasefire and guarantees.";
            Article article = data.article("article-" + i + ".txt", "Outlet " + (i % 7),
                    LocalDate.of(2025, 2, 1).plusDays(i), "Speaker " + (i % 9) + " said: “" + words + "”");
            Actor actor = data.actor("Speaker " + i, ActorKind.PERSON, "Speakr " + i);
            if (i % 3 == 0) {
                roles.save(new ActorRole(actor, article, "Minister", 0, 7));
            }
            Actor speaker = i < 5 ? actor : data.actor("speaker-" + (i % 5));
            Statement statement = data.statement(article, speaker, words, Map.of(TOPICS[i % TOPICS.length],
                    STANCES[i % STANCES.length], TOPICS[(i + 1) % TOPICS.length], STANCES[(i + 2) % STANCES.length]));
            if (firstArticle == null) {
                firstArticle = article.getId();
                firstStatement = statement.getId();
            }
        }
    }
}
