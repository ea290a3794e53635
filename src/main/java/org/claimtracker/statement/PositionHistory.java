package org.claimtracker.statement;

import java.sql.Date;
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
 * standing positions. Each answer is one query over {@code position}, grouped in memory, so its cost does not grow
 * with the number of actors or topics; summaries read only each series' most recent statements. Positions of
 * unnamed speakers are left out: a history needs a speaker. A statement an editor confirmed, or whose stances an
 * editor set, counts as fully confident evidence, whatever the extractor's confidence was.
 */
@Component
public class PositionHistory {

    static final int RECENT_PER_SERIES = 40;
    private static final String COLUMNS = """
            p.statement_id, p.stated_on, p.stance, p.topic_code,
            case when exists (select 1 from correction c where c.statement_id = s.id
                                 and c.kind in ('CONFIRM', 'TOPICS', 'ADD')) then 1.0
                 else least(p.confidence, s.confidence) end as confidence,
            p.decided_by, t.label as topic_label, t.sort_order, ac.slug, ac.name, ac.kind, s.content,
            ar.id as article_id, ar.source_name, ar.outlet""";
    private static final String FROM = """
              from position p
              join topic t on t.code = p.topic_code
              join actor ac on ac.id = p.actor_id
              join statement s on s.id = p.statement_id
              join article ar on ar.id = s.article_id
            """;
    private static final String SELECT = "select " + COLUMNS + ", count(*) over (partition by p.actor_id, p.topic_code)"
            + " as statements" + FROM;
    /**
     * Summaries (the matrix, the front page) need only where each actor stands now: the most recent statements of
     * each actor on each topic, with the count of all of them, so a long history costs no more than a short one.
     */
    private static final String RECENT = "select * from (select " + COLUMNS
            + ", count(*) over (partition by p.actor_id, p.topic_code) as statements,"
            + " row_number() over (partition by p.actor_id, p.topic_code"
            + " order by p.stated_on desc nulls last, p.statement_id desc) as recency" + FROM + "%s) recent"
            + " where recency <= " + PositionHistory.RECENT_PER_SERIES;
    private static final String ORDER = " order by t.sort_order, ac.name, p.stated_on nulls last, p.statement_id";
    private static final String RECENT_ORDER = " order by sort_order, name, stated_on nulls last, statement_id";
    private static final Comparator<PositionSeries> MOST_RECENT_FIRST = Comparator
            .comparing((PositionSeries s) -> s.latest().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PositionSeries::actorName);

    private final NamedParameterJdbcTemplate jdbc;

    public PositionHistory(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The actor's history on every topic they took a position on, in topic order; empty for an unknown slug. */
    @Transactional(readOnly = true)
    public List<PositionSeries> forActor(String slug) {
        return series(SELECT + " where ac.slug = :slug" + ORDER, new MapSqlParameterSource("slug", slug));
    }

    /** Every actor's history on the topic, the actor who spoke on it most recently first. */
    @Transactional(readOnly = true)
    public List<PositionSeries> forTopic(String topicCode) {
        List<PositionSeries> series = new ArrayList<>(
                series(SELECT + " where p.topic_code = :topic" + ORDER, new MapSqlParameterSource("topic", topicCode)));
        series.sort(MOST_RECENT_FIRST);
        return series;
    }

    /**
     * Where every actor stands on each of the topics, in one query: topic code to series, the actor who spoke most
     * recently first (as {@link #forTopic}); a topic nobody spoke on maps to an empty list. Each series holds only
     * the actor's {@value #RECENT_PER_SERIES} most recent statements (its count covers all).
     */
    @Transactional(readOnly = true)
    public Map<String, List<PositionSeries>> forTopics(List<String> topicCodes) {
        Map<String, List<PositionSeries>> byTopic = new LinkedHashMap<>();
        topicCodes.forEach(code -> byTopic.put(code, new ArrayList<>()));
        if (topicCodes.isEmpty()) {
            return byTopic;
        }
        for (PositionSeries s : series(RECENT.formatted(" where p.topic_code in (:topics)") + RECENT_ORDER,
                new MapSqlParameterSource("topics", topicCodes))) {
            byTopic.get(s.topicCode()).add(s);
        }
        byTopic.values().forEach(list -> list.sort(MOST_RECENT_FIRST));
        return byTopic;
    }

    /** How many statements take a position on each topic, named speaker or not; topics without any are absent. */
    @Transactional(readOnly = true)
    public Map<String, Long> statementsPerTopic() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                select p.topic_code, count(distinct p.statement_id) as statements
                  from position p join topic t on t.code = p.topic_code
                 group by p.topic_code, t.sort_order order by t.sort_order""",
                rs -> {
                    counts.put(rs.getString("topic_code"), rs.getLong("statements"));
                });
        return counts;
    }

    /** Where every actor stands on every topic, with counts, from each actor's most recent statements. */
    @Transactional(readOnly = true)
    public PositionMatrix matrix() {
        List<PositionMatrix.TopicRef> topics = jdbc.query("select code, label from topic order by sort_order",
                (rs, row) -> new PositionMatrix.TopicRef(rs.getString("code"), rs.getString("label")));
        Map<String, Map<String, PositionMatrix.Cell>> byActor = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (PositionSeries s : series(RECENT.formatted("") + RECENT_ORDER, new MapSqlParameterSource())) {
            byActor.computeIfAbsent(s.actorSlug(), k -> new LinkedHashMap<>()).put(s.topicCode(),
                    new PositionMatrix.Cell(s.standing(), s.count(), s.countsByStance()));
            names.put(s.actorSlug(), s.actorName());
            totals.merge(s.actorSlug(), s.count(), Integer::sum);
        }
        List<PositionMatrix.Row> rows = byActor.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Map<String, PositionMatrix.Cell>> e) ->
                        -totals.get(e.getKey())).thenComparing(e -> names.get(e.getKey())))
                .map(e -> new PositionMatrix.Row(e.getKey(), names.get(e.getKey()), Map.copyOf(e.getValue())))
                .toList();
        return new PositionMatrix(topics, rows);
    }

    private List<PositionSeries> series(String sql, MapSqlParameterSource params) {
        List<Row> rows = jdbc.query(sql, params, (rs, n) -> {
            Date date = rs.getDate("stated_on");
            PositionPoint.Report report = new PositionPoint.Report(rs.getLong("statement_id"),
                    date == null ? null : date.toLocalDate(), rs.getLong("article_id"), rs.getString("source_name"),
                    rs.getString("outlet"));
            return new Row(rs.getString("topic_code"), rs.getString("topic_label"), rs.getString("slug"),
                    rs.getString("name"), ActorKind.valueOf(rs.getString("kind")), rs.getInt("statements"),
                    new PositionPoint(report.statementId(), report.date(), Stance.valueOf(rs.getString("stance")),
                            rs.getDouble("confidence"), rs.getString("decided_by"), rs.getString("content"),
                            report.articleId(), report.sourceName(), report.outlet(), List.of(report)));
        });
        List<PositionSeries> result = new ArrayList<>();
        List<PositionPoint> points = new ArrayList<>();
        Row first = null;
        for (Row row : rows) {
            if (first != null && !(first.topic.equals(row.topic) && first.slug.equals(row.slug))) {
                result.add(first.series(points));
                points = new ArrayList<>();
            }
            if (points.isEmpty()) {
                first = row;
            }
            points.add(row.point);
        }
        if (first != null) {
            result.add(first.series(points));
        }
        return result;
    }

    private record Row(String topic, String label, String slug, String name, ActorKind kind, int statements,
            PositionPoint point) {

        PositionSeries series(List<PositionPoint> points) {
            return PositionSeries.of(slug, name, kind, topic, label, points, statements);
        }
    }
}
