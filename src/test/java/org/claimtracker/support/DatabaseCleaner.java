package org.claimtracker.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties every table the application writes, keeping the Flyway-seeded topics, so each test starts from the same
 * state whether the database is a fresh embedded one or the long-lived server CI also runs the tests against.
 */
@Component
public class DatabaseCleaner {

    private final JdbcTemplate jdbc;

    public DatabaseCleaner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ids are not restarted: Hibernate holds ranges of 50 ids it took from the sequences of articles, statements,
     * positions, roles and ingestion outcomes, and would hand them out again after a restart. Tests ask for the ids.
     */
    public void clean() {
        jdbc.execute("truncate ingestion_file, ingestion_run, position, statement, actor_role, actor_alias, actor, "
                + "article, audit_event cascade");
        // truncate fires no row triggers: the kept summaries start again from the empty tables
        jdbc.execute("select rebuild_summaries()");
    }
}
