package org.claimtracker.statement;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Where a statement stands in a list's order (date, article, place in the article), and the condition for "after
 * it" in either order: what exports read their next batch by instead of an offset that rereads every row before it.
 * Both orders put undated statements last, then go by article in the date's direction and by place ascending; the
 * condition repeats the date (or article) bound on its own so the index scan starts at the key rather than
 * filtering from the top.
 */
final class StatementKeyset {

    /** The statement's id and its place in the order; {@code date} is null for an undated statement. */
    record Key(long id, LocalDate date, long articleId, int seq) {
    }

    static final RowMapper<Key> MAPPER = (rs, row) -> new Key(rs.getLong("id"),
            StatementRows.localDate(rs, "effective_on"), rs.getLong("article_id"), rs.getInt("seq"));

    private StatementKeyset() {
    }

    /**
     * The statements after {@code key} among those dated like it (dated, or undated): undated ones come last in
     * both orders, so a list is read as its dated part, then its undated part.
     */
    static String after(Key key, StatementSort sort, MapSqlParameterSource params) {
        String later = sort == StatementSort.NEWEST_FIRST ? "<" : ">";
        params.addValue("afterArticle", key.articleId()).addValue("afterSeq", key.seq());
        String sameDate = "(s.article_id " + later + " :afterArticle or (s.article_id = :afterArticle"
                + " and s.seq > :afterSeq))";
        if (key.date() == null) {
            return "s.article_id " + later + "= :afterArticle and " + sameDate;
        }
        params.addValue("afterDate", Date.valueOf(key.date()));
        return "s.effective_on " + later + "= :afterDate and (s.effective_on " + later + " :afterDate or "
                + sameDate + ")";
    }
}
