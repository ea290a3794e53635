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
     * most articles spell it.
     */
    @Transactional(readOnly = true)
    public List<OutletCount> outlets() {
        return jdbc.query("""
                select mode() within group (order by outlet) as name, count(*) as articles
                  from article where outlet is not null
                 group by lower(outlet) order by count(*) desc, 1
                """, (rs, row) -> new OutletCount(rs.getString("name"), rs.getLong("articles")));
    }

    @Transactional(readOnly = true)
    public CorpusCoverage coverage() {
        return jdbc.queryForObject("""
                select (select count(*) from article) as articles,
                       (select count(distinct lower(outlet)) from article) as outlets,
                       (select min(published_on) from article) as first_date,
                       (select max(published_on) from article) as last_date,
                       (select count(*) from article where published_on is null) as undated,
                       (select count(*) from statement) as statements,
                       (select count(distinct actor_id) from statement) as speakers
                """, (rs, row) -> {
            Date first = rs.getDate("first_date");
            Date last = rs.getDate("last_date");
            return new CorpusCoverage(rs.getLong("articles"), rs.getLong("outlets"),
                    first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                    rs.getLong("undated"), rs.getLong("statements"), rs.getLong("speakers"));
        });
    }
}
