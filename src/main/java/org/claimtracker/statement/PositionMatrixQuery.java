package org.claimtracker.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.claimtracker.extraction.Stance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matrix of speakers by topics, a page of speakers at a time, read from the kept summaries: counts from the
 * triggers' counters, each standing position as {@link PositionSummaries} judged it (a stale one is judged here, from
 * its recent statements, as it would be on the speaker's page). Four queries whatever the number of statements.
 */
@Component
public class PositionMatrixQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final PositionHistory history;

    public PositionMatrixQuery(DataSource dataSource, PositionHistory history) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.history = history;
    }

    /** Page {@code page} (from 0) of the speakers, those with the most positions first. */
    @Transactional(readOnly = true)
    public PositionMatrix page(int page) {
        List<PositionMatrix.TopicRef> topics = jdbc.query("select code, label from topic order by sort_order",
                (rs, row) -> new PositionMatrix.TopicRef(rs.getString("code"), rs.getString("label")));
        Long speakers = jdbc.queryForObject("""
                select count(*) from actor_summary x
                 where exists (select 1 from actor_topic_summary su where su.actor_id = x.actor_id)""",
                new MapSqlParameterSource(), Long.class);
        // speakers in the order of the kept per-speaker count's index: no aggregate over all their positions
        List<Stored> cells = jdbc.query("""
                with shown as (select x.actor_id, x.statements as total, a.slug, a.name
                                 from actor_summary x join actor a on a.id = x.actor_id
                                where exists (select 1 from actor_topic_summary su where su.actor_id = x.actor_id)
                                order by x.statements desc, x.actor_id limit :size offset :offset)
                select shown.slug, shown.name, su.*
                  from shown join actor_topic_summary su on su.actor_id = shown.actor_id
                 order by shown.total desc, shown.actor_id""",
                new MapSqlParameterSource("size", PositionHistory.MATRIX_PAGE)
                        .addValue("offset", (long) page * PositionHistory.MATRIX_PAGE),
                (rs, row) -> stored(rs));
        return new PositionMatrix(topics, rows(cells), page, PositionHistory.MATRIX_PAGE,
                speakers == null ? 0 : speakers);
    }

    /**
     * Where the {@code perTopic} speakers who spoke most recently on each topic stand: topic code to one row per
     * speaker (holding that topic's cell), the most recent first; a topic nobody spoke on maps to an empty list.
     */
    @Transactional(readOnly = true)
    public Map<String, List<PositionMatrix.Row>> latestSpeakers(List<String> topicCodes, int perTopic) {
        Map<String, List<PositionMatrix.Row>> byTopic = new LinkedHashMap<>();
        topicCodes.forEach(code -> byTopic.put(code, new ArrayList<>()));
        if (topicCodes.isEmpty()) {
            return byTopic;
        }
        List<Stored> cells = jdbc.query("""
                select a.slug, a.name, latest.*
                  from unnest(cast(:topics as text[])) with ordinality as t(code, n)
                 cross join lateral (select x.* from actor_topic_summary x where x.topic_code = t.code
                                      order by x.last_on desc nulls last, x.statements desc, x.actor_id
                                      limit :perTopic) latest
                  join actor a on a.id = latest.actor_id
                 order by t.n, latest.last_on desc nulls last, latest.statements desc, latest.actor_id""",
                new MapSqlParameterSource("topics", topicCodes.toArray(String[]::new)).addValue("perTopic", perTopic),
                (rs, row) -> stored(rs));
        byTopic.forEach((topic, rows) -> rows.addAll(
                rows(cells.stream().filter(c -> c.key().topicCode().equals(topic)).toList())));
        return byTopic;
    }

    /** The cells grouped into rows by speaker, in the order met; stored standings, stale ones judged now. */
    private List<PositionMatrix.Row> rows(List<Stored> cells) {
        Map<String, PositionPoint> quotes = quotes(cells.stream().filter(c -> !c.stale()).toList());
        Map<ActorTopic, PositionSeries> judgedNow = history.forPairs(
                cells.stream().filter(c -> quoteOf(c, quotes) == null).map(Stored::key).toList());
        Map<String, Map<String, PositionMatrix.Cell>> byActor = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Stored cell : cells) {
            PositionPoint quote = quoteOf(cell, quotes);
            StandingPosition standing = quote == null ? judgedNow.get(cell.key()).standing() : cell.standing(quote);
            names.put(cell.slug(), cell.name());
            byActor.computeIfAbsent(cell.slug(), k -> new LinkedHashMap<>()).put(cell.key().topicCode(),
                    new PositionMatrix.Cell(standing, cell.statements(), cell.counts()));
        }
        List<PositionMatrix.Row> rows = new ArrayList<>();
        byActor.forEach((slug, row) -> rows.add(new PositionMatrix.Row(slug, names.get(slug), Map.copyOf(row))));
        return rows;
    }

    /** The stored standing's quote; null when the standing must be judged now (stale, or its quote gone). */
    private static PositionPoint quoteOf(Stored cell, Map<String, PositionPoint> quotes) {
        return cell.stale() ? null : quotes.get(cell.quoteStatementId() + ":" + cell.key().topicCode());
    }

    /** The quoted remark of each stored standing, keyed by statement id and topic. */
    private Map<String, PositionPoint> quotes(List<Stored> cells) {
        Map<String, PositionPoint> quotes = new HashMap<>();
        List<Long> ids = cells.stream().map(Stored::quoteStatementId).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return quotes;
        }
        jdbc.query("select " + PositionHistory.COLUMNS + " from position p " + PositionHistory.JOINS
                + " where p.statement_id in (:ids)", new MapSqlParameterSource("ids", ids),
                rs -> {
                    quotes.put(rs.getLong("statement_id") + ":" + rs.getString("topic_code"),
                            PositionHistory.point(rs));
                });
        return quotes;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            int n = rs.getInt(stance.name().toLowerCase(java.util.Locale.ROOT));
            if (n > 0) {
                counts.put(stance, n);
            }
        }
        String stance = rs.getString("standing_stance");
        long quote = rs.getLong("quote_statement_id");
        return new Stored(new ActorTopic(rs.getLong("actor_id"), rs.getString("topic_code")), rs.getString("slug"),
                rs.getString("name"), rs.getInt("statements"), counts, rs.getBoolean("stale") || quote == 0,
                stance == null ? null : Stance.valueOf(stance), rs.getInt("standing_statements"),
                PositionSummaries.localDate(rs, "standing_since"), PositionSummaries.localDate(rs, "standing_as_of"),
                quote == 0 ? null : quote, rs.getBoolean("tentative"));
    }

    private record Stored(ActorTopic key, String slug, String name, int statements, Map<Stance, Integer> counts,
            boolean stale, Stance stance, int behind, java.time.LocalDate since, java.time.LocalDate asOf,
            Long quoteStatementId, boolean tentative) {

        StandingPosition standing(PositionPoint quote) {
            return new StandingPosition(stance, behind, since, asOf, quote, tentative);
        }
    }
}
