package org.claimtracker.statement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps where each actor stands on each topic, stored beside the kept counts in {@code actor_topic_summary}, in step
 * with the evidence. The database's triggers keep the counts and mark a series stale whenever its positions, or the
 * corrections of its statements, change; {@link #refresh} judges the stale series again from their recent
 * statements, exactly as {@link PositionHistory} does for a page, inside the transaction that wrote. Readers that
 * meet a stale series judge it themselves, so a writer that forgot to refresh costs time, never a wrong answer.
 */
@Component
public class PositionSummaries {

    private static final int BATCH = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final PositionHistory history;
    private final EntityManager entities;

    public PositionSummaries(DataSource dataSource, PositionHistory history, EntityManager entities) {
        this.entities = entities;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.history = history;
    }

    /** Judges every stale series again; returns how many. Runs in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refresh() {
        entities.flush(); // the triggers mark series stale as the writes reach the database
        int refreshed = 0;
        while (true) {
            List<ActorTopic> stale = jdbc.query("""
                    select actor_id, topic_code from actor_topic_summary where stale
                     order by actor_id, topic_code limit :batch""", new MapSqlParameterSource("batch", BATCH),
                    (rs, row) -> new ActorTopic(rs.getLong("actor_id"), rs.getString("topic_code")));
            if (stale.isEmpty()) {
                return refreshed;
            }
            Map<ActorTopic, PositionSeries> series = history.forPairs(stale);
            jdbc.batchUpdate("""
                    update actor_topic_summary
                       set standing_stance = :stance, standing_statements = :behind, standing_since = :since,
                           standing_as_of = :asOf, quote_statement_id = :quote, tentative = :tentative,
                           changes = :changes, stale = false
                     where actor_id = :actor and topic_code = :topic""",
                    stale.stream().map(key -> values(key, series.get(key))).toArray(MapSqlParameterSource[]::new));
            refreshed += stale.size();
        }
    }

    /**
     * Recounts every kept summary from the rows and judges every standing position again: after a bulk load that
     * bypassed the application, or to check the kept values against a recomputation.
     */
    @Transactional
    public int rebuild() {
        jdbc.getJdbcOperations().execute("set local statement_timeout = 0");
        jdbc.getJdbcOperations().execute("select rebuild_summaries()");
        return refresh();
    }

    private static MapSqlParameterSource values(ActorTopic key, PositionSeries series) {
        MapSqlParameterSource values = new MapSqlParameterSource("actor", key.actorId())
                .addValue("topic", key.topicCode());
        StandingPosition standing = series == null ? null : series.standing();
        return values
                .addValue("stance", standing == null || standing.stance() == null ? null : standing.stance().name())
                .addValue("behind", standing == null ? null : standing.statements())
                .addValue("since", date(standing == null ? null : standing.since()))
                .addValue("asOf", date(standing == null ? null : standing.asOf()))
                .addValue("quote", standing == null ? null : standing.quote().statementId())
                .addValue("tentative", standing == null ? null : standing.tentative())
                .addValue("changes", series == null ? null : series.changes().size());
    }

    static LocalDate localDate(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
