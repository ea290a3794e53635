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

    /** Every topic in its order, with its statement and (named) speaker counts, from the kept summaries. */
    @Transactional(readOnly = true)
    public List<TopicSummary> summaries() {
        return jdbc.query("""
                select t.code, t.label, t.description, coalesce(su.statements, 0) as statements,
                       (select count(*) from actor_topic_summary x where x.topic_code = t.code) as speakers
                  from topic t
                  left join topic_summary su on su.topic_code = t.code
                 order by t.sort_order
                """, (rs, row) -> new TopicSummary(rs.getString("code"), rs.getString("label"),
                rs.getString("description"), rs.getLong("statements"), rs.getLong("speakers")));
    }
}
