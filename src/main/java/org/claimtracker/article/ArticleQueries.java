package org.claimtracker.article;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only questions about the corpus as a whole, each answered in one query. */
@Component
public class ArticleQueries {

    private final JdbcTemplate jdbc;

    public ArticleQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The outlets articles name, most articles first. Spellings that differ only in case are one outlet, shown as
     * most articles spell it. The count per exact spelling is one pass over the outlet index (a few milliseconds at
     * 50,000 articles); the few spellings are merged here rather than sorted by lower() in the database.
     */
    @Transactional(readOnly = true)
    public List<OutletCount> outlets() {
        Map<String, List<OutletCount>> spellings = new HashMap<>();
        jdbc.query("select outlet, count(*) as articles from article where outlet is not null group by outlet",
                rs -> {
                    OutletCount spelling = new OutletCount(rs.getString("outlet"), rs.getLong("articles"));
                    spellings.computeIfAbsent(spelling.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(spelling);
                });
        Comparator<OutletCount> mostArticles = Comparator.comparingLong(OutletCount::articles).reversed()
                .thenComparing(OutletCount::name);
        return spellings.values().stream()
                .map(same -> new OutletCount(same.stream().min(mostArticles).orElseThrow().name(),
                        same.stream().mapToLong(OutletCount::articles).sum()))
                .sorted(mostArticles)
                .toList();
    }

    @Transactional(readOnly = true)
    public CorpusCoverage coverage() {
        return jdbc.queryForObject("""
                select (select count(*) from article) as articles,
                       (select count(distinct lower(outlet)) from article) as outlets,
                       (select min(published_on) from article) as first_date,
                       (select max(published_on) from article) as last_date,
                       (select count(*) from article where published_on is null) as undated,
                       -- kept per-speaker counts plus the unnamed remarks: no pass over every statement
                       (select coalesce(sum(statements), 0) from actor_summary)
                           + (select count(*) from statement where actor_id is null) as statements,
                       (select count(*) from actor_summary) as speakers
                """, (rs, row) -> {
            Date first = rs.getDate("first_date");
            Date last = rs.getDate("last_date");
            return new CorpusCoverage(rs.getLong("articles"), rs.getLong("outlets"),
                    first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                    rs.getLong("undated"), rs.getLong("statements"), rs.getLong("speakers"));
        });
    }
}
