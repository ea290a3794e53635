package org.claimtracker.ingest;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises concurrent ingestions where they would collide: the same text (two uploads of one article) and the
 * same new speaker (two articles naming someone not yet stored). PostgreSQL advisory locks held to the end of the
 * transaction make the second wait until the first has committed, then find the article (a DUPLICATE) or the actor
 * it registered, instead of failing on a unique constraint. A transaction takes its article locks in one call, then
 * its speaker locks in one call, each in sorted order, so two ingestions can never wait on each other.
 */
@Component
class IngestionLocks {

    private static final int ARTICLE_TEXT = 1;
    private static final int ACTOR = 2;

    private final JdbcTemplate jdbc;

    IngestionLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the locks of a batch's article texts in one round trip, in sorted order. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockArticleTexts(Collection<String> contentHashes) {
        lockAll(ARTICLE_TEXT, contentHashes);
    }

    /** Takes all the speakers' locks in one round trip, in sorted order (unnest keeps the array's order). */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockActors(Collection<String> slugs) {
        lockAll(ACTOR, slugs);
    }

    private void lockAll(int namespace, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String[] sorted = new TreeSet<>(keys).toArray(String[]::new);
        jdbc.query(connection -> {
            PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(?, hashtext(key)) from unnest(?::text[]) with ordinality as k(key, n)"
                            + " order by n");
            lock.setInt(1, namespace);
            lock.setArray(2, connection.createArrayOf("text", sorted));
            return lock;
        }, rs -> { });
    }
}
