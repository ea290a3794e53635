package org.claimtracker.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exports read by keyset, in batches, and must give exactly the list's order, page after page: over ties of date
 * and article, across batch boundaries, and into the undated statements that come last.
 */
@IntegrationTest
class ExportOrderTests {

    @Autowired
    StatementSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        TestData data = new TestData(articles, actors, statements);
        Actor putin = data.actor("Vladimir Putin", ActorKind.PERSON);
        LocalDate[] dates = {LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 11), null,
            null};
        for (int i = 0; i < dates.length; i++) {
            Article article = data.article("export-" + i + ".txt", "Outlet", dates[i],
                    "An invented article number " + i + " with remarks.");
            // a third dated by the article, a third the day before the first dates, a third on the first date
            jdbc.update("""
                    insert into statement (article_id, actor_id, seq, kind, content, start_offset, end_offset,
                                           part_offsets, decided_by, confidence, said_on)
                    select ?, case when g % 2 = 0 then ? end, g, 'DIRECT', 'Remark ' || g, 0, 1, array[0, 1],
                           'test', 0.9,
                           case g % 3 when 1 then date '2025-01-10' when 2 then date '2025-01-09' end
                      from generate_series(0, 299) g
                    """, article.getId(), putin.getId());
        }
    }

    @ParameterizedTest
    @EnumSource(StatementSort.class)
    void anExportListsEveryStatementInTheListsOrder(StatementSort sort) {
        for (List<String> speakers : List.of(List.<String>of(), List.of("vladimir-putin"))) {
            StatementFilter filter = new StatementFilter(speakers, null, null, null, null, null, null, null, sort, 0,
                    StatementFilter.MAX_SIZE);
            List<Long> listed = new ArrayList<>();
            for (int page = 0; ; page++) {
                List<StatementHit> items = search.find(filter.withPage(page)).items();
                if (items.isEmpty()) {
                    break;
                }
                items.forEach(hit -> listed.add(hit.id()));
            }
            List<Long> exported = new ArrayList<>();
            search.forEach(filter, hit -> exported.add(hit.id()));

            assertThat(listed).hasSize(speakers.isEmpty() ? 1500 : 750).doesNotHaveDuplicates();
            assertThat(exported).as("%s %s", sort, speakers).containsExactlyElementsOf(listed);
        }
    }
}
