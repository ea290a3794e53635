package org.claimtracker.article;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists articles newest first, one page per query plus a count: the order is the index
 * {@code article_newest_first}, and statements are counted for the page's rows only.
 */
@Component
public class ArticleIndex {

    private static final String SELECT = """
            select a.id, a.outlet, a.headline, a.published_on,
                   (select count(*) from statement s where s.article_id = a.id) as statements
              from article a
            """;

    private static final String ORDER = " order by a.published_on desc nulls last, a.id desc";

    private final NamedParameterJdbcTemplate jdbc;

    public ArticleIndex(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Transactional(readOnly = true)
    public ArticleIndexPage find(ArticleIndexFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (filter.outlet() != null) {
            conditions.add("lower(a.outlet) = lower(:outlet)");
            params.addValue("outlet", filter.outlet());
        }
        if (filter.from() != null) {
            conditions.add("a.published_on >= :from");
            params.addValue("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("a.published_on <= :to");
            params.addValue("to", Date.valueOf(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.queryForObject("select count(*) from article a" + where, params, Long.class);
        if (total == 0) {
            return new ArticleIndexPage(List.of(), filter.page(), filter.size(), 0);
        }
        params.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
        // the page's ids first, so statements are counted for its rows only, not for every row an offset skips
        String sql = SELECT + " join (select a.id from article a" + where + ORDER + " limit :limit offset :offset) page"
                + " on page.id = a.id" + ORDER;
        List<ArticleListing> items = jdbc.query(sql, params, (rs, row) -> {
            Date published = rs.getDate("published_on");
            return new ArticleListing(rs.getLong("id"), rs.getString("outlet"), rs.getString("headline"),
                    published == null ? null : published.toLocalDate(), rs.getLong("statements"));
        });
        return new ArticleIndexPage(items, filter.page(), filter.size(), total);
    }
}
