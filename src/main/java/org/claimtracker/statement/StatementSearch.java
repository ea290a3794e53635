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
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Lists statements by any combination of speaker, topic, stance, kind, dates, source and words, each page in one
 * query plus one count: speaker, article and stances come in the same row, so the cost does not grow with the page.
 */
@Component
public class StatementSearch {

    /** Marks ts_headline puts around matches; control characters never occur in article text we store. */
    private static final String MATCH_START = "\u0002";
    private static final String MATCH_END = "\u0003";
    private static final int EXPORT_BATCH = 500;

    private static final String COLUMNS = """
            s.id, s.kind, s.content, s.said_on, coalesce(s.said_on, a.published_on) as effective_date,
            s.mention, s.cue, s.decided_by, s.confidence, s.start_offset, s.end_offset, s.part_offsets,
            ac.slug as actor_slug, ac.name as actor_name,
            a.id as article_id, a.source_name, a.outlet, a.title, a.published_on, a.headline as article_headline,
            a.author, a.url,
            exists (select 1 from correction c where c.statement_id = s.id and c.kind = 'CONFIRM') as verified,
            exists (select 1 from correction c where c.statement_id = s.id and c.kind <> 'CONFIRM') as corrected,
            (select string_agg(p.topic_code || ':' || p.stance, ',' order by t.sort_order)
               from position p join topic t on t.code = p.topic_code where p.statement_id = s.id) as stances
            """;
    private static final String FROM = """
            from statement s
            join article a on a.id = s.article_id
            left join actor ac on ac.id = s.actor_id
            """;

    /**
     * The speakers and everyone affiliated with them, directly or through a body (Russia: the Kremlin, then Peskov),
     * each with the date range the chain of affiliations allows; a range read from a role is open, as articles state
     * a role only on the day they write. The chain stops at four steps.
     */
    private static final String AFFILIATED = """
            exists (select 1
                      from (with recursive member(id, valid_from, valid_to, depth) as (
                                select m.id, null::date, null::date, 0 from actor m where m.slug in (:speakers)
                                union
                                select f.actor_id,
                                       greatest(m.valid_from, case when f.role_id is null then f.valid_from end),
                                       least(m.valid_to, case when f.role_id is null then f.valid_to end), m.depth + 1
                                  from actor_affiliation f join member m on f.body_id = m.id
                                 where m.depth < 4)
                            select id, valid_from, valid_to from member) m
                     where m.id = s.actor_id
                       and (m.valid_from is null or coalesce(s.said_on, a.published_on) is null
                            or coalesce(s.said_on, a.published_on) >= m.valid_from)
                       and (m.valid_to is null or coalesce(s.said_on, a.published_on) is null
                            or coalesce(s.said_on, a.published_on) <= m.valid_to))""";

    private final NamedParameterJdbcTemplate jdbc;

    public StatementSearch(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Transactional(readOnly = true)
    public StatementPage find(StatementFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        long total = jdbc.queryForObject("select count(*) " + FROM + where, params, Long.class);
        if (total <= (long) filter.page() * filter.size()) {
            // An empty list, or a page past its end: nothing to sort.
            return new StatementPage(List.of(), filter.page(), filter.size(), total);
        }
        params.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
        List<StatementHit> items = jdbc.query(select(filter, params) + where + orderBy(filter)
                + " limit :limit offset :offset", params, mapper(filter.q() != null));
        return new StatementPage(items, filter.page(), filter.size(), total);
    }

    /**
     * Hands every matching statement, in list order and ignoring paging, to {@code sink}: the ids first (8 bytes a
     * statement), then the rows in batches, each its own short query. No connection is held while {@code sink} runs,
     * so a slow client downloading an export does not keep one of the pool's few connections from the pages.
     * Statements deleted between batches are left out. Exports need no highlighting, so none is computed.
     */
    public void forEach(StatementFilter filter, Consumer<StatementHit> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        List<Long> ids = jdbc.queryForList("select s.id " + FROM + where + orderBy(filter), params, Long.class);
        for (int from = 0; from < ids.size(); from += EXPORT_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + EXPORT_BATCH));
            Map<Long, StatementHit> rows = new java.util.HashMap<>();
            jdbc.query("select " + COLUMNS + FROM + " where s.id in (:ids)", new MapSqlParameterSource("ids", batch),
                    mapper(false)).forEach(hit -> rows.put(hit.id(), hit));
            batch.stream().map(rows::get).filter(java.util.Objects::nonNull).forEach(sink);
        }
    }

    @Transactional(readOnly = true)
    public Optional<StatementHit> findById(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        return jdbc.query("select " + COLUMNS + FROM + " where s.id = :id", params, mapper(false)).stream().findFirst();
    }

    /** The statements of one article in article order. */
    @Transactional(readOnly = true)
    public List<StatementHit> findByArticle(long articleId) {
        MapSqlParameterSource params = new MapSqlParameterSource("articleId", articleId);
        return jdbc.query("select " + COLUMNS + FROM + " where s.article_id = :articleId order by s.seq", params,
                mapper(false));
    }

    private static String select(StatementFilter filter, MapSqlParameterSource params) {
        if (filter.q() == null) {
            return "select " + COLUMNS + FROM;
        }
        params.addValue("headlineOptions", "StartSel=" + MATCH_START + ",StopSel=" + MATCH_END
                + ",HighlightAll=true");
        return "select " + COLUMNS + ", ts_headline('english', s.content, websearch_to_tsquery('english', :q), "
                + ":headlineOptions) as headline " + FROM;
    }

    private static String where(StatementFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!filter.speakers().isEmpty()) {
            conditions.add(filter.affiliates() ? AFFILIATED : "ac.slug in (:speakers)");
            params.addValue("speakers", filter.speakers());
        }
        if (filter.topic() != null || filter.stance() != null) {
            StringBuilder exists = new StringBuilder("exists (select 1 from position p where p.statement_id = s.id");
            if (filter.topic() != null) {
                exists.append(" and p.topic_code = :topic");
                params.addValue("topic", filter.topic());
            }
            if (filter.stance() != null) {
                exists.append(" and p.stance = :stance");
                params.addValue("stance", filter.stance().name());
            }
            conditions.add(exists.append(")").toString());
        }
        if (filter.kind() != null) {
            conditions.add("s.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            conditions.add("coalesce(s.said_on, a.published_on) >= :from");
            params.addValue("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("coalesce(s.said_on, a.published_on) <= :to");
            params.addValue("to", Date.valueOf(filter.to()));
        }
        if (filter.source() != null) {
            conditions.add("(a.source_name = :source or lower(a.outlet) = lower(:source))");
            params.addValue("source", filter.source());
        }
        if (filter.verifiedOnly()) {
            // confirmed by an editor: the correction record is the mark
            conditions.add("exists (select 1 from correction c where c.statement_id = s.id and c.kind = 'CONFIRM')");
        }
        if (filter.q() != null) {
            conditions.add("s.content_tsv @@ websearch_to_tsquery('english', :q)");
            params.addValue("q", filter.q());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String orderBy(StatementFilter filter) {
        String direction = filter.sort().sqlDirection();
        return " order by coalesce(s.said_on, a.published_on) " + direction + " nulls last, a.id " + direction
                + ", s.seq";
    }

    private static RowMapper<StatementHit> mapper(boolean withHeadline) {
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

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
