package org.claimtracker.statement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who took which side on which topic, and when: position histories per actor and per topic, and the matrix of
 * standing positions. Every series holds only the actor's {@value #RECENT_PER_SERIES} most recent statements on the
 * topic (its count covers all, from the kept {@code actor_topic_summary}), read through an index newest first, so a
 * speaker with a hundred thousand statements costs what one with forty does; the statement list has them all.
 * Positions of unnamed speakers are left out: a history needs a speaker. A statement an editor confirmed, or whose
 * stances an editor set, counts as fully confident evidence, whatever the extractor's confidence was.
 */
@Component
public class PositionHistory {

    /** The most recent statements per actor and topic that a series, and so a standing position, is judged on. */
    public static final int RECENT_PER_SERIES = 40;
    /** Speakers a topic's page charts: those who spoke on it most recently. */
    public static final int TOPIC_SPEAKERS = 20;
    /** Speakers per page of the matrix. */
    public static final int MATRIX_PAGE = 50;

    static final String COLUMNS = """
            p.statement_id, p.stated_on, p.stance, p.topic_code,
            case when exists (select 1 from correction c where c.statement_id = s.id
                                 and c.kind in ('CONFIRM', 'TOPICS', 'ADD')) then 1.0
                 else least(p.confidence, s.confidence) end as confidence,
            p.decided_by, t.label as topic_label, t.sort_order, ac.id as actor_id, ac.slug, ac.name, ac.kind, s.content,
            ar.id as article_id, ar.source_name, ar.outlet""";
    /** From a position {@code p} to the rows {@link #COLUMNS} read. */
    static final String JOINS = """
              join topic t on t.code = p.topic_code
              join actor ac on ac.id = p.actor_id
              join statement s on s.id = p.statement_id
              join article ar on ar.id = s.article_id
            """;
    /** The most recent positions of each series {@code su} names (rows of actor_topic_summary). */
    private static final String RECENT_OF = """
            cross join lateral (select p.* from position p
                                 where p.actor_id = su.actor_id and p.topic_code = su.topic_code
                                 order by p.stated_on desc nulls last, p.statement_id desc
                                 limit %d) p
            """.formatted(RECENT_PER_SERIES) + JOINS;
    private static final String SERIES = "select " + COLUMNS + ", su.statements from %s su " + RECENT_OF;
    private static final Comparator<PositionSeries> MOST_RECENT_FIRST = Comparator
            .comparing((PositionSeries s) -> s.latest().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PositionSeries::actorName);

    private final NamedParameterJdbcTemplate jdbc;

    public PositionHistory(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The actor's recent history on every topic they took a position on, in topic order; empty for an unknown slug. */
    @Transactional(readOnly = true)
    public List<PositionSeries> forActor(String slug) {
        return series(SERIES.formatted("""
                (select x.* from actor_topic_summary x join actor a on a.id = x.actor_id where a.slug = :slug)""")
                + " order by t.sort_order, p.stated_on nulls last, p.statement_id",
                new MapSqlParameterSource("slug", slug));
    }

    /**
     * The recent history on the topic of the {@value #TOPIC_SPEAKERS} actors who spoke on it most recently, the most
     * recent first ({@link #speakersOn} counts them all).
     */
    @Transactional(readOnly = true)
    public List<PositionSeries> forTopic(String topicCode) {
        List<PositionSeries> series = new ArrayList<>(series(SERIES.formatted("""
                (select * from actor_topic_summary where topic_code = :topic
                  order by last_on desc nulls last, statements desc, actor_id limit :speakers)""")
                + " order by ac.name, p.stated_on nulls last, p.statement_id",
                new MapSqlParameterSource("topic", topicCode).addValue("speakers", TOPIC_SPEAKERS)));
        series.sort(MOST_RECENT_FIRST);
        return series;
    }

    /** The series of these (actor id, topic code) pairs; a pair without positions is absent. */
    @Transactional(readOnly = true)
    public Map<ActorTopic, PositionSeries> forPairs(List<ActorTopic> pairs) {
        Map<ActorTopic, PositionSeries> found = new LinkedHashMap<>();
        if (!pairs.isEmpty()) {
            List<Object[]> keys = pairs.stream().map(k -> new Object[] {k.actorId(), k.topicCode()}).toList();
            keyedSeries(SERIES.formatted("(select * from actor_topic_summary where (actor_id, topic_code) in (:keys))")
                    + " order by su.actor_id, t.sort_order, p.stated_on nulls last, p.statement_id",
                    new MapSqlParameterSource("keys", keys)).forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /** How many named speakers took a position on the topic. */
    @Transactional(readOnly = true)
    public int speakersOn(String topicCode) {
        Integer n = jdbc.queryForObject("select count(*) from actor_topic_summary where topic_code = :topic",
                new MapSqlParameterSource("topic", topicCode), Integer.class);
        return n == null ? 0 : n;
    }

    private List<PositionSeries> series(String sql, MapSqlParameterSource params) {
        return keyedSeries(sql, params).stream().map(Map.Entry::getValue).toList();
    }

    /** Groups rows ordered by series (actor and topic together) into series, each with its (actor, topic) key. */
    private List<Map.Entry<ActorTopic, PositionSeries>> keyedSeries(String sql, MapSqlParameterSource params) {
        List<Row> rows = jdbc.query(sql, params, (rs, n) -> new Row(
                new ActorTopic(rs.getLong("actor_id"), rs.getString("topic_code")), rs.getString("topic_label"),
                rs.getString("slug"), rs.getString("name"), ActorKind.valueOf(rs.getString("kind")),
                rs.getInt("statements"), point(rs)));
        List<Map.Entry<ActorTopic, PositionSeries>> result = new ArrayList<>();
        List<PositionPoint> points = new ArrayList<>();
        Row first = null;
        for (Row row : rows) {
            if (first != null && !first.key.equals(row.key)) {
                result.add(Map.entry(first.key, first.series(points)));
                points = new ArrayList<>();
            }
            if (points.isEmpty()) {
                first = row;
            }
            points.add(row.point);
        }
        if (first != null) {
            result.add(Map.entry(first.key, first.series(points)));
        }
        return result;
    }

    /** A remark as the {@link #COLUMNS} describe it, with itself as its only report. */
    static PositionPoint point(ResultSet rs) throws SQLException {
        Date date = rs.getDate("stated_on");
        PositionPoint.Report report = new PositionPoint.Report(rs.getLong("statement_id"),
                date == null ? null : date.toLocalDate(), rs.getLong("article_id"), rs.getString("source_name"),
                rs.getString("outlet"));
        return new PositionPoint(report.statementId(), report.date(), Stance.valueOf(rs.getString("stance")),
                rs.getDouble("confidence"), rs.getString("decided_by"), rs.getString("content"), report.articleId(),
                report.sourceName(), report.outlet(), List.of(report));
    }

    private record Row(ActorTopic key, String label, String slug, String name, ActorKind kind, int statements,
            PositionPoint point) {

        PositionSeries series(List<PositionPoint> points) {
            return PositionSeries.of(slug, name, kind, key.topicCode(), label, points, statements);
        }
    }
}
