package org.claimtracker.statement;

import java.sql.Date;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds other articles that report the same words: statements elsewhere whose content is identical or similar
 * (pg_trgm) to a given statement's, by the same speaker when it has one.
 */
@Component
public class SimilarStatements {

    /** Trigram similarity from which two quotes read as the same words, give or take a clause or an edit. */
    static final double MIN_SIMILARITY = 0.5;
    private static final int LIMIT = 10;

    private final NamedParameterJdbcTemplate jdbc;

    public SimilarStatements(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Transactional(readOnly = true)
    public List<SimilarStatement> of(long statementId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", statementId).addValue("min", MIN_SIMILARITY)
                .addValue("limit", LIMIT);
        return jdbc.query("""
                select o.id, o.content, coalesce(o.said_on, a.published_on) as date, ac.slug, ac.name,
                       a.id as article_id, a.headline as title, a.source_name, a.outlet,
                       similarity(o.content, s.content) as score
                  from statement s
                  join statement o on o.article_id <> s.article_id
                       and (s.actor_id is null or o.actor_id is null or o.actor_id = s.actor_id)
                  join article a on a.id = o.article_id
                  left join actor ac on ac.id = o.actor_id
                 where s.id = :id and (o.content = s.content or similarity(o.content, s.content) >= :min)
                 order by score desc, date nulls last, o.id
                 limit :limit
                """, params, (rs, row) -> {
            Date date = rs.getDate("date");
            return new SimilarStatement(rs.getLong("id"), rs.getString("content"),
                    date == null ? null : date.toLocalDate(), rs.getString("slug"), rs.getString("name"),
                    rs.getLong("article_id"), rs.getString("title"), rs.getString("source_name"),
                    rs.getString("outlet"), rs.getDouble("score"));
        });
    }
}
