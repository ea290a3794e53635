package org.claimtracker.statement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.util.HtmlUtils;

/**
 * How a listed statement is read: its row with speaker, article, marks and stances, for the few rows a page or an
 * export batch has already chosen (the subqueries run per row shown, never per row skipped).
 */
final class StatementRows {

    /** Marks ts_headline puts around matches; control characters never occur in article text we store. */
    static final String MATCH_START = "\u0002";
    static final String MATCH_END = "\u0003";

    static final String COLUMNS = """
            s.id, s.kind, s.content, s.said_on, s.effective_on as effective_date,
            s.mention, s.cue, s.decided_by, s.confidence, s.start_offset, s.end_offset, s.part_offsets,
            ac.slug as actor_slug, ac.name as actor_name,
            a.id as article_id, a.source_name, a.outlet, a.title, a.published_on, a.headline as article_headline,
            a.author, a.url,
            exists (select 1 from correction c where c.statement_id = s.id and c.kind = 'CONFIRM') as verified,
            exists (select 1 from correction c where c.statement_id = s.id and c.kind <> 'CONFIRM') as corrected,
            (select string_agg(p.topic_code || ':' || p.stance, ',' order by t.sort_order)
               from position p join topic t on t.code = p.topic_code where p.statement_id = s.id) as stances
            """;

    static final String JOINS = """
            join article a on a.id = s.article_id
            left join actor ac on ac.id = s.actor_id
            """;

    private StatementRows() {
    }

    static RowMapper<StatementHit> mapper(boolean withHeadline) {
        return (rs, row) -> new StatementHit(
                rs.getLong("id"),
                StatementKind.valueOf(rs.getString("kind")),
                rs.getString("content"),
                withHeadline ? highlight(rs.getString("headline")) : null,
                localDate(rs, "said_on"),
                localDate(rs, "effective_date"),
                rs.getString("actor_slug"),
                rs.getString("actor_name"),
                rs.getString("mention"),
                rs.getString("cue"),
                rs.getString("decided_by"),
                rs.getDouble("confidence"),
                rs.getLong("article_id"),
                rs.getString("source_name"),
                rs.getString("outlet"),
                rs.getString("title"),
                localDate(rs, "published_on"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                parts(rs.getArray("part_offsets")),
                stances(rs.getString("stances")),
                rs.getString("article_headline"),
                rs.getString("author"),
                rs.getString("url"),
                rs.getBoolean("verified"),
                rs.getBoolean("corrected"));
    }

    /** Escapes the headline for HTML first, then turns the match markers into {@code <mark>} elements. */
    static String highlight(String headline) {
        if (headline == null) {
            return null;
        }
        return HtmlUtils.htmlEscape(headline).replace(MATCH_START, "<mark>").replace(MATCH_END, "</mark>");
    }

    /** The stored {@code part_offsets} (start, end, start, end ...) as spans. */
    private static List<TextSpan> parts(java.sql.Array offsets) throws SQLException {
        Object[] values = (Object[]) offsets.getArray();
        List<TextSpan> parts = new ArrayList<>(values.length / 2);
        for (int i = 0; i + 1 < values.length; i += 2) {
            parts.add(new TextSpan(((Number) values[i]).intValue(), ((Number) values[i + 1]).intValue()));
        }
        return parts;
    }

    private static Map<String, Stance> stances(String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return Map.of();
        }
        Map<String, Stance> stances = new LinkedHashMap<>();
        for (String pair : aggregated.split(",")) {
            int colon = pair.indexOf(':');
            stances.put(pair.substring(0, colon), Stance.valueOf(pair.substring(colon + 1)));
        }
        return Collections.unmodifiableMap(stances);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
