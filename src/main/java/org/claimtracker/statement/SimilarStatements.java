package org.claimtracker.statement;

import java.sql.Date;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds other articles that report the same words: statements elsewhere with the same words (case and punctuation
 * aside: the kept {@code words_key}, an index lookup), by the same speaker when it has one; and, by the same speaker
 * within a few days, words similar enough (pg_trgm) to be the same quote given or take a clause or an edit. Neither
 * part scans more than a bounded number of rows, whatever the number of statements.
 */
@Component
public class SimilarStatements {

    /** Trigram similarity from which two quotes read as the same words, give or take a clause or an edit. */
    static final double MIN_SIMILARITY = 0.5;
    /** Days either side of the statement's date in which the same speaker's similar words are looked for. */
    static final int NEAR_DAYS = 3;
    private static final int LIMIT = 10;
    /** Rows read at most by each part: the same words are rarely reported more than a few dozen times. */
    private static final int CANDIDATES = 500;

    private final NamedParameterJdbcTemplate jdbc;

    public SimilarStatements(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Transactional(readOnly = true)
    public List<SimilarStatement> of(long statementId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", statementId).addValue("min", MIN_SIMILARITY)
                .addValue("limit", LIMIT).addValue("candidates", CANDIDATES).addValue("days", NEAR_DAYS);
        return jdbc.query("""
                with s as materialized (
                    select id, article_id, actor_id, content, words_key, effective_on from statement where id = :id),
                candidate as (
                    (select o.id from s join statement o on o.words_key = s.words_key
                      where o.article_id <> s.article_id
                        and (s.actor_id is null or o.actor_id is null or o.actor_id = s.actor_id)
                      limit :candidates)
                    union
                    (select o.id from s join statement o on o.actor_id = s.actor_id
                            and o.effective_on between s.effective_on - :days and s.effective_on + :days
                      where o.article_id <> s.article_id
                      limit :candidates))
                select o.id, o.content, o.effective_on as date, ac.slug, ac.name,
                       a.id as article_id, a.headline as title, a.source_name, a.outlet,
                       case when o.words_key = s.words_key then 1 else similarity(o.content, s.content) end as score
                  from candidate c
                  join statement o on o.id = c.id
                  cross join s
                  join article a on a.id = o.article_id
                  left join actor ac on ac.id = o.actor_id
                 where o.words_key = s.words_key or similarity(o.content, s.content) >= :min
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
