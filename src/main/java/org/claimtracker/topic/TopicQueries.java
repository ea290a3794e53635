package org.claimtracker.topic;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only questions about topics, each answered in one query. */
@Component
public class TopicQueries {

    private final JdbcTemplate jdbc;

    public TopicQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Every topic in its order, with its statement and (named) speaker counts. */
    @Transactional(readOnly = true)
    public List<TopicSummary> summaries() {
        return jdbc.query("""
                select t.code, t.label, t.description,
                       count(p.statement_id) as statements, count(distinct p.actor_id) as speakers
                  from topic t
                  left join position p on p.topic_code = t.code
                 group by t.code, t.label, t.description, t.sort_order
                 order by t.sort_order
                """, (rs, row) -> new TopicSummary(rs.getString("code"), rs.getString("label"),
                rs.getString("description"), rs.getLong("statements"), rs.getLong("speakers")));
    }
}
