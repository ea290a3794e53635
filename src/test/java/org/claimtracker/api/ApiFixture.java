package org.claimtracker.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small corpus for the API tests: two speakers, an unnamed source, a dated and an undated article, and one
 * statement whose words hold a comma, double quotes and a line break (the cases CSV must quote).
 * List order, newest first: peskov, unnamed, zelenskyyMarch, tricky, zelenskyyUndated.
 */
class ApiFixture {

    static final String TRICKY = "Yes, \"we agree\",\nthat is final";

    private final TestData data;
    final Actor zelenskyy;
    final Actor peskov;
    final Article march;
    final Article april;
    final Article undated;
    final Statement zelenskyyMarch;
    final Statement tricky;
    final Statement peskovApril;
    final Statement unnamedApril;
    final Statement zelenskyyUndated;

    /**
     * Adds {@code count} statements by Peskov to one new article in a single insert, each with a CEASEFIRE stance,
     * for exports and feeds that must handle more rows than a page; their texts are "words 1", "words 2", ...
     */
    Article addBulk(JdbcTemplate jdbc, int count) {
        Article bulk = data.article("bulk.txt", "TASS", LocalDate.of(2025, 2, 1), "words 0123456789");
        jdbc.update("""
                insert into statement (article_id, actor_id, seq, kind, content, start_offset, end_offset,
                                       part_offsets, decided_by, confidence)
                select ?, ?, g, 'INDIRECT', 'words ' || g, 0, 5, '{0,5}', 'test', 0.5 from generate_series(1, ?) g
                """, bulk.getId(), peskov.getId(), count);
        jdbc.update("""
                insert into position (statement_id, actor_id, topic_code, stance, stated_on)
                select id, actor_id, 'CEASEFIRE', 'NEUTRAL', ? from statement where article_id = ?
                """, java.sql.Date.valueOf(bulk.getPublishedOn()), bulk.getId());
        return bulk;
    }

    /** A quotation split by its attribution, stored as two parts: "We will sign, but not today". */
    Statement addSplitQuotation() {
        String body = "“We will sign,” Zelensky said, “but not today.”";
        Article split = data.article("split.txt", "AP", LocalDate.of(2025, 1, 5), body);
        return data.statement(split, zelenskyy, "We will sign but not today.", List.of(new TextSpan(1, 13),
                new TextSpan(body.indexOf("but"), body.length() - 1)), Map.of());
    }

    ApiFixture(ArticleRepository articles, ActorRepository actors, StatementRepository statements) {
        data = new TestData(articles, actors, statements);
        zelenskyy = data.actor("Volodymyr Zelenskyy", ActorKind.PERSON, "Zelensky");
        peskov = data.actor("Dmitry Peskov", ActorKind.PERSON, "Mr. Peskov");
        march = data.article("march.txt", "AP", LocalDate.of(2025, 3, 13),
                "Zelensky said “We are ready for a ceasefire, but only with guarantees.” He added: “" + TRICKY + ".”");
        april = data.article("april.txt", "BBC", LocalDate.of(2025, 4, 2),
                "Peskov said “There will be no ceasefire.” A deal on minerals is close, officials said.");
        undated = data.article("undated.txt", null, null, "Zelensky said “NATO is our future.”");
        zelenskyyMarch = data.statement(march, zelenskyy, "We are ready for a ceasefire, but only with guarantees.",
                Map.of("CEASEFIRE", Stance.CONDITIONAL));
        tricky = data.statement(march, zelenskyy, TRICKY, Map.of());
        peskovApril = data.statement(april, peskov, "There will be no ceasefire.", Map.of("CEASEFIRE", Stance.OPPOSES));
        unnamedApril = data.statement(april, null, "A deal on minerals is close",
                Map.of("MINERALS_DEAL", Stance.NEUTRAL));
        zelenskyyUndated = data.statement(undated, zelenskyy, "NATO is our future.",
                Map.of("NATO", Stance.SUPPORTS));
    }
}
