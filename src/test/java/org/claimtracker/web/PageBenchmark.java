package org.claimtracker.web;

import static org.claimtracker.web.WebTestSupport.page;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimtracker.actor.ActorQueries;
import org.claimtracker.ingest.IngestionProgress;
import org.claimtracker.ingest.IngestionReport;
import org.claimtracker.ingest.IngestionRunner;
import org.claimtracker.ingest.IngestionTrigger;
import org.claimtracker.statement.PositionHistory;
import org.claimtracker.statement.SimilarStatements;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Server time per page at the scale of the first corpus (the seeds plus /work/shared/corpus, about 45 articles):
 * median and p95 over N MockMvc requests after a warm-up. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=PageBenchmark}; {@code -Dclaimtracker.corpus=...} names another corpus folder, {@code
 * -Dclaimtracker.benchmark.requests=N} the number of timed requests per page, {@code
 * -Dclaimtracker.benchmark.only=/statements} times one page alone (for a profiler).
 */
@IntegrationTest
class PageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PageBenchmark.class);
    private static final int WARM_UP = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    IngestionRunner runner;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementSearch search;

    @Autowired
    PositionHistory history;

    @Autowired
    org.claimtracker.statement.PositionMatrixQuery matrices;

    @Autowired
    ActorQueries actors;

    @Autowired
    SimilarStatements similar;

    @Test
    void timesEveryPage() throws Exception {
        Path corpus = Path.of(System.getProperty("claimtracker.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), () -> "no corpus at " + corpus.toAbsolutePath()
                + ": skipping the page benchmark (set -Dclaimtracker.corpus)");
        int requests = Integer.getInteger("claimtracker.benchmark.requests", 100);
        cleaner.clean();
        IngestionReport report = runner.ingestPaths(List.of(TestArticles.seeds(), corpus), IngestionTrigger.COMMAND,
                IngestionProgress.NONE);
        attributeStatementsIfExtractionFoundNoSpeakers();
        String slug = jdbc.queryForObject("""
                select a.slug from actor a join statement s on s.actor_id = a.id
                group by a.slug order by count(*) desc, a.slug limit 1""", String.class);
        long statementId = jdbc.queryForObject("select min(id) from statement", Long.class);
        long articleId = jdbc.queryForObject("""
                select article_id from statement group by article_id order by count(*) desc limit 1""", Long.class);
        log.info("benchmark corpus: {} articles ingested, {} statements, {} actors, {} positions; {} requests per page",
                report.ingested(), count("statement"), count("actor"), count("position"), requests);

        List<String> pages = List.of("/", "/statements", "/statements?q=ceasefire", "/statements?topic=CEASEFIRE"
                + "&from=2025-03-01&to=2025-04-30", "/speakers", "/speakers?q=Zelenskiy", "/speakers/" + slug,
                "/topics/CEASEFIRE", "/positions", "/statements/" + statementId, "/articles/" + articleId);
        StringBuilder table = new StringBuilder(String.format("%n%-60s %10s %10s%n", "page", "median ms", "p95 ms"));
        String only = System.getProperty("claimtracker.benchmark.only");
        // one round over every page first, so the JIT has compiled the shared rendering paths before any timing
        for (int i = 0; i < WARM_UP; i++) {
            for (String url : pages) {
                mvc.perform(page(url)).andExpect(status().isOk());
            }
        }
        for (String url : pages) {
            if (only != null && !url.equals(only)) {
                continue;
            }
            for (int i = 0; i < WARM_UP; i++) {
                mvc.perform(page(url)).andExpect(status().isOk());
            }
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                mvc.perform(page(url)).andExpect(status().isOk());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            table.append(String.format("%-60s %10.2f %10.2f%n", url, percentile(millis, 50), percentile(millis, 95)));
        }
        log.info("server time per page (MockMvc, includes rendering):{}", table);

        StringBuilder queries = new StringBuilder(String.format("%n%-60s %10s %10s%n", "read model", "median ms",
                "p95 ms"));
        time(queries, "StatementSearch.find (20, newest)", requests, () -> search.find(StatementFilter.all(20)));
        time(queries, "StatementSearch.find (q=ceasefire)", requests, () -> search.find(
                new StatementQuery(null, null, null, null, null, null, null, "ceasefire", null, null, null, null,
                        null).toFilter()));
        time(queries, "PositionHistory.forTopic(CEASEFIRE)", requests, () -> history.forTopic("CEASEFIRE"));
        time(queries, "PositionHistory.forActor(" + slug + ")", requests, () -> history.forActor(slug));
        time(queries, "PositionMatrixQuery.page(0)", requests, () -> matrices.page(0));
        time(queries, "ActorQueries.list(100, 0)", requests, () -> actors.list(100, 0));
        time(queries, "ActorQueries.search(Zelenskiy)", requests, () -> actors.search("Zelenskiy"));
        time(queries, "ActorQueries.profile(" + slug + ")", requests, () -> actors.profile(slug));
        time(queries, "SimilarStatements.of(" + statementId + ")", requests, () -> similar.of(statementId));
        log.info("the read models alone (the rest of a page's time is rendering):{}", queries);
    }

    private static void time(StringBuilder table, String name, int requests, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        table.append(String.format("%-60s %10.2f %10.2f%n", name, percentile(millis, 50), percentile(millis, 95)));
    }

    /**
     * The extraction engine does not resolve speakers or topics yet; without them the speaker, topic and position
     * pages would be measured empty. Spread the statements over a few actors with stances instead, as the finished
     * engine will.
     */
    private void attributeStatementsIfExtractionFoundNoSpeakers() {
        if (count("position") > 0) {
            return;
        }
        List<String> names = List.of("Volodymyr Zelensky", "Vladimir Putin", "Donald Trump", "Dmitry Peskov",
                "Marco Rubio", "Keir Starmer", "Emmanuel Macron", "Mark Rutte");
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(jdbc.queryForObject("""
                    insert into actor (slug, name, kind, created_at) values (?, ?, 'PERSON', now()) returning id""",
                    Long.class, name.toLowerCase().replace(' ', '-'), name));
        }
        jdbc.update("insert into actor_alias (actor_id, alias) values (?, 'Zelenskyy')", ids.get(0));
        jdbc.update("update statement set actor_id = (array[" + String.join(",", ids.stream().map(String::valueOf)
                .toList()) + "])[1 + id % " + ids.size() + "]");
        jdbc.update("""
                insert into position (statement_id, actor_id, topic_code, stance, stated_on)
                select s.id, s.actor_id, t.code,
                       (array['SUPPORTS','OPPOSES','CONDITIONAL','NEUTRAL'])[1 + (s.id * 7 + t.sort_order) % 4],
                       coalesce(s.said_on, a.published_on)
                  from statement s join article a on a.id = s.article_id
                  join topic t on (s.id + t.sort_order) % 5 = 0 or t.code = 'CEASEFIRE' and s.id % 2 = 0""");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
