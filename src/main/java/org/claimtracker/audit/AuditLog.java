package org.claimtracker.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Records every write and lists them back, newest first. Written in the caller's transaction, so a write that rolls
 * back leaves no entry.
 */
@Component
public class AuditLog {

    public static final int MAX_ROWS = 5000;

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("action"),
            rs.getString("target"), rs.getString("detail"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, String action, String target, String detail) {
        jdbc.update("insert into audit_event (at, username, action, target, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), username, action, target, detail);
    }

    /** Events matching every filter given (blank filters match all), newest first, at most {@code limit}. */
    public List<AuditEvent> find(String username, String action, Instant since, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_event where true");
        List<Object> args = new ArrayList<>();
        if (username != null && !username.isBlank()) {
            sql.append(" and username = ?");
            args.add(username.strip());
        }
        if (action != null && !action.isBlank()) {
            sql.append(" and action = ?");
            args.add(action.strip());
        }
        if (since != null) {
            sql.append(" and at >= ?");
            args.add(Timestamp.from(since));
        }
        sql.append(" order by at desc, id desc limit ?");
        args.add(Math.min(Math.max(limit, 1), MAX_ROWS));
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
    }
}
