package org.claimtracker.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists statements by any combination of speaker, topic, stance, kind, dates, source and words, in the order of the
 * kept date ({@code effective_on}, then article, then place in the article), which the statement_newest/oldest
 * indexes (and their per-actor and per-outlet twins) serve. A page picks its rows from statement alone and joins
 * speaker, article and stances for those rows only; counts are kept (speakers alone, or topic and stance alone) or
 * capped.
 */
@Component
public class StatementSearch {

    /** Lists longer than this read "10,000+": counting further costs more than the page itself. */
    public static final int COUNT_CAP = 10_000;
    private static final int EXPORT_BATCH = 500;

    private static final String AFFILIATED = """
            with recursive member(id, valid_from, valid_to, depth) as (
                select m.id, null::date, null::date, 0 from actor m where m.id in (:ids)
                union
                select f.actor_id,
                       greatest(m.valid_from, case when f.role_id is null then f.valid_from end),
                       least(m.valid_to, case when f.role_id is null then f.valid_to end), m.depth + 1
                  from actor_affiliation f join member m on f.body_id = m.id
                 where m.depth < 4)
            select id, valid_from, valid_to from member
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public StatementSearch(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /**
     * The same list query serves a rare outlet and a whole corpus: after a few runs PostgreSQL would keep one generic
     * plan for it, and the generic plan scanned every statement for a rare outlet (0.5 s instead of 0.08 s at a
     * million). This transaction's queries are planned for their own values; the writes' keep their cached plans.
     */
    private void planForTheseFilters() {
        jdbc.getJdbcOperations().execute("set local plan_cache_mode = force_custom_plan");
    }

    @Transactional(readOnly = true)
    public StatementPage find(StatementFilter filter) {
        planForTheseFilters();
        SpeakerScope scope = scope(filter);
        if (scope != null && scope.members().isEmpty()) {
            return new StatementPage(List.of(), filter.page(), filter.size(), 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = StatementConditions.where(conditions(filter, scope, params));
        long offset = (long) filter.page() * filter.size();
        StatementPage counted = count(filter, scope, where, params, offset);
        if (counted.total() <= offset) {
            // An empty list, or a page past its end (the count reached past the page): nothing to read.
            return counted;
        }
        List<StatementHit> items = items(filter, where, params, counted.totalExact() ? counted.total() : -1);
        return new StatementPage(items, filter.page(), filter.size(), counted.total(), counted.totalExact());
    }

    /** One page of the list without counting it: for feeds and short lists that show no total. */
    @Transactional(readOnly = true)
    public List<StatementHit> items(StatementFilter filter) {
        planForTheseFilters();
        SpeakerScope scope = scope(filter);
        if (scope != null && scope.members().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        return items(filter, StatementConditions.where(conditions(filter, scope, params)), params, -1);
    }

    /**
     * @param total the exact number of matching rows, or -1 when unknown; a page in the second half of a list of
     *              known length is read from the list's end (the same index scanned backwards), so the last page
     *              skips no more rows than the first
     */
    private List<StatementHit> items(StatementFilter filter, String where, MapSqlParameterSource params,
            long total) {
        long offset = (long) filter.page() * filter.size();
        long limit = filter.size();
        String innerOrder = orderBy(filter);
        if (total >= 0 && offset > total / 2) {
            long fromEnd = total - offset - filter.size();
            limit = fromEnd < 0 ? filter.size() + fromEnd : filter.size();
            offset = Math.max(0, fromEnd);
            innerOrder = reversedOrderBy(filter);
        }
        params.addValue("limit", limit).addValue("offset", offset);
        // the page's keys come from one index alone; only its rows are joined and have their subqueries run
        String sql = select(filter, params) + " from (select s.article_id, s.seq from statement s" + where
                + innerOrder + " limit :limit offset :offset) page"
                + " join statement s on s.article_id = page.article_id and s.seq = page.seq " + StatementRows.JOINS
                + orderBy(filter);
        return jdbc.query(sql, params, StatementRows.mapper(filter.q() != null));
    }

    /**
     * The kept count when one answers exactly (only speakers, no affiliates; only a topic, a stance or both), else
     * matching rows counted up to {@link #COUNT_CAP} or past the page asked for, whichever is further, so a deep
     * page still learns whether it lies past the end.
     */
    private StatementPage count(StatementFilter filter, SpeakerScope scope, String where,
            MapSqlParameterSource params, long offset) {
        Long kept = keptCount(filter, scope);
        if (kept != null) {
            return new StatementPage(List.of(), filter.page(), filter.size(), kept, true);
        }
        long cap = Math.max(COUNT_CAP, offset + filter.size());
        MapSqlParameterSource capped = new MapSqlParameterSource(params.getValues()).addValue("countLimit", cap + 1);
        long counted = jdbc.queryForObject("select count(*) from (select 1 from statement s" + where
                + " limit :countLimit) matching", capped, Long.class);
        return counted > cap
                ? new StatementPage(List.of(), filter.page(), filter.size(), cap, false)
                : new StatementPage(List.of(), filter.page(), filter.size(), counted, true);
    }

    private Long keptCount(StatementFilter filter, SpeakerScope scope) {
        boolean nothingElse = filter.kind() == null && filter.from() == null && filter.to() == null
                && filter.source() == null && filter.q() == null && !filter.verifiedOnly();
        if (!nothingElse) {
            return null;
        }
        String positionKey = StatementConditions.positionKey(filter);
        if (scope != null && positionKey == null && !filter.affiliates()) {
            return jdbc.queryForObject("select coalesce(sum(statements), 0) from actor_summary where actor_id in (:ids)",
                    new MapSqlParameterSource("ids", scope.actorIds()), Long.class);
        }
        if (scope == null && positionKey != null) {
            return jdbc.queryForObject("select coalesce((select statements from position_key_summary"
                    + " where position_key = :positionKey), 0)",
                    new MapSqlParameterSource("positionKey", positionKey), Long.class);
        }
        return null;
    }

    /**
     * Hands every matching statement, in list order and ignoring paging, to {@code sink}, in batches read by keyset
     * (after the last batch's date, article and place), so memory stays bounded whatever the list's length and no
     * batch rereads the rows before it. Each batch is its own short query and no connection is held while
     * {@code sink} runs, so a slow client downloading an export does not keep one of the pool's few connections from
     * the pages. A statement whose date changes between batches may be left out or seen again at its new place.
     * Exports need no highlighting, so none is computed.
     */
    public void forEach(StatementFilter filter, Consumer<StatementHit> sink) {
        SpeakerScope scope = scope(filter);
        if (scope != null && scope.members().isEmpty()) {
            return;
        }
        SourceScope source = source(filter);
        for (String part : List.of("s.effective_on is not null", "s.effective_on is null")) {
            StatementKeyset.Key after = null;
            List<StatementKeyset.Key> keys;
            do {
                MapSqlParameterSource params = new MapSqlParameterSource().addValue("batch", EXPORT_BATCH);
                List<String> conditions = new ArrayList<>(StatementConditions.of(filter, scope, source, params));
                conditions.add(part);
                if (after != null) {
                    conditions.add(StatementKeyset.after(after, filter.sort(), params));
                }
                keys = jdbc.query("select s.id, s.effective_on, s.article_id, s.seq from statement s"
                        + StatementConditions.where(conditions) + orderBy(filter) + " limit :batch", params,
                        StatementKeyset.MAPPER);
                rows(keys).forEach(sink);
                after = keys.isEmpty() ? null : keys.get(keys.size() - 1);
            } while (keys.size() == EXPORT_BATCH);
        }
    }

    /** The rows of {@code keys}, in their order; a statement deleted since its key was read is left out. */
    private List<StatementHit> rows(List<StatementKeyset.Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Long, StatementHit> rows = new HashMap<>();
        // one array parameter, not a placeholder per id: the same statement text for every batch, parsed once
        jdbc.query("select " + StatementRows.COLUMNS + " from statement s " + StatementRows.JOINS
                + " where s.id = any(:ids)", new MapSqlParameterSource("ids",
                        keys.stream().map(StatementKeyset.Key::id).toArray(Long[]::new)),
                StatementRows.mapper(false)).forEach(hit -> rows.put(hit.id(), hit));
        return keys.stream().map(k -> rows.get(k.id())).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StatementHit> findById(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        return jdbc.query("select " + StatementRows.COLUMNS + " from statement s " + StatementRows.JOINS
                + " where s.id = :id", params, StatementRows.mapper(false)).stream().findFirst();
    }

    /** The statements of one article in article order. */
    @Transactional(readOnly = true)
    public List<StatementHit> findByArticle(long articleId) {
        MapSqlParameterSource params = new MapSqlParameterSource("articleId", articleId);
        return jdbc.query("select " + StatementRows.COLUMNS + " from statement s " + StatementRows.JOINS
                + " where s.article_id = :articleId order by s.seq", params, StatementRows.mapper(false));
    }

    /** The speakers' ids (and with affiliates their people's, with dates); null when the filter names none. */
    private SpeakerScope scope(StatementFilter filter) {
        if (filter.speakers().isEmpty()) {
            return null;
        }
        List<Long> ids = jdbc.queryForList("select id from actor where slug in (:slugs)",
                new MapSqlParameterSource("slugs", filter.speakers()), Long.class);
        if (ids.isEmpty() || !filter.affiliates()) {
            return new SpeakerScope(ids.stream().map(id -> new SpeakerScope.Member(id, null, null)).toList());
        }
        return new SpeakerScope(jdbc.query(AFFILIATED, new MapSqlParameterSource("ids", ids),
                (rs, row) -> new SpeakerScope.Member(rs.getLong("id"), StatementRows.localDate(rs, "valid_from"),
                        StatementRows.localDate(rs, "valid_to"))));
    }

    private List<String> conditions(StatementFilter filter, SpeakerScope scope, MapSqlParameterSource params) {
        return StatementConditions.of(filter, scope, source(filter), params);
    }

    /** The articles stored under the source's file name (an index lookup); null when the filter names no source. */
    private SourceScope source(StatementFilter filter) {
        if (filter.source() == null) {
            return null;
        }
        return new SourceScope(filter.source(), jdbc.queryForList("select id from article where source_name = :source",
                new MapSqlParameterSource("source", filter.source()), Long.class));
    }

    private static String select(StatementFilter filter, MapSqlParameterSource params) {
        if (filter.q() == null) {
            return "select " + StatementRows.COLUMNS;
        }
        params.addValue("headlineOptions", "StartSel=" + StatementRows.MATCH_START + ",StopSel="
                + StatementRows.MATCH_END + ",HighlightAll=true");
        return "select " + StatementRows.COLUMNS + ", ts_headline('english', s.content, "
                + "websearch_to_tsquery('english', :q), :headlineOptions) as headline";
    }

    /** {@link #orderBy} backwards: what the same indexes give scanned from their end. */
    private static String reversedOrderBy(StatementFilter filter) {
        String direction = filter.sort() == StatementSort.NEWEST_FIRST ? "asc" : "desc";
        return " order by s.effective_on " + direction + " nulls first, s.article_id " + direction + ", s.seq desc";
    }

    /** The order the statement_newest and statement_oldest indexes (and their per-actor twins) hold. */
    static String orderBy(StatementFilter filter) {
        String direction = filter.sort().sqlDirection();
        return " order by s.effective_on " + direction + " nulls last, s.article_id " + direction + ", s.seq";
    }
}
