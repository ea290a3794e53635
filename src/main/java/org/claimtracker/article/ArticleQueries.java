package org.claimtracker.article;

import java.sql.Date;
import java.util.List;

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
     * most articles spell it. Read from the kept per-spelling counts (outlet_summary), not from the articles.
     */
    @Transactional(readOnly = true)
    public List<OutletCount> outlets() {
        return jdbc.query("""
                select (array_agg(outlet order by articles desc, outlet))[1] as name, sum(articles) as articles
                  from outlet_summary
                 group by lower(outlet) order by 2 desc, 1
                """, (rs, row) -> new OutletCount(rs.getString("name"), rs.getLong("articles")));
    }

    /** What the corpus covers, from kept counts and two index lookups. */
    @Transactional(readOnly = true)
    public CorpusCoverage coverage() {
        return jdbc.queryForObject("""
                select c.articles, c.undated, c.statements,
                       (select count(distinct lower(outlet)) from outlet_summary) as outlets,
                       (select min(published_on) from article) as first_date,
                       (select max(published_on) from article) as last_date,
                       (select count(*) from actor_summary) as speakers
                  from corpus_summary c
                """, (rs, row) -> {
            Date first = rs.getDate("first_date");
            Date last = rs.getDate("last_date");
            return new CorpusCoverage(rs.getLong("articles"), rs.getLong("outlets"),
                    first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                    rs.getLong("undated"), rs.getLong("statements"), rs.getLong("speakers"));
        });
    }
}
