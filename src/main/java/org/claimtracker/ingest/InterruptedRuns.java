package org.claimtracker.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, before anything is ingested, closes the runs an earlier process left unfinished (it crashed or was
 * killed): each is marked interrupted, with the counts of the outcome rows it wrote (every stored article has one,
 * written in its own transaction) and the time of its last file. Assumes one application per database, as the
 * embedded server's lock guarantees.
 */
@Component
@Lazy(false) // also in the ingest command, which creates the other beans only when it needs them
class InterruptedRuns implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JdbcTemplate jdbc;

    InterruptedRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int closed = closeUnfinishedRuns();
        if (closed > 0) {
            log.warn("Marked {} ingestion run(s) left unfinished by an earlier process as interrupted", closed);
        }
    }

    int closeUnfinishedRuns() {
        return jdbc.update("""
                update ingestion_run r set
                    interrupted = true,
                    finished_at = coalesce((select max(f.processed_at) from ingestion_file f where f.run_id = r.id),
                                           r.started_at),
                    ingested    = (select count(*) from ingestion_file f where f.run_id = r.id and f.outcome = 'INGESTED'),
                    duplicates  = (select count(*) from ingestion_file f where f.run_id = r.id and f.outcome = 'DUPLICATE'),
                    reextracted = (select count(*) from ingestion_file f where f.run_id = r.id and f.outcome = 'REEXTRACTED'),
                    rejected    = (select count(*) from ingestion_file f where f.run_id = r.id and f.outcome = 'REJECTED')
                where r.finished_at is null""");
    }
}
