package org.claimtracker.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema itself keeps the data consistent, whatever code writes to it. */
@IntegrationTest
class SchemaConstraintsTests {

    private static final String HASH = "a".repeat(64);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    long articleId;
    long actorId;

    @BeforeEach
    void oneArticleAndOneActor() {
        cleaner.clean();
        articleId = insertArticle(HASH, "Peskov said the truce was over.");
        actorId = jdbc.queryForObject("insert into actor (slug, name, kind, created_at) values "
                + "('dmitry-peskov', 'Dmitry Peskov', 'PERSON', now()) returning id", Long.class);
    }

    private long insertArticle(String hash, String body) {
        return jdbc.queryForObject("insert into article (source_name, published_on, date_source, body, body_length, "
                + "content_hash, ingested_at, extractor_version) values ('a.txt', '2025-03-14', 'HEADER', ?, ?, ?, "
                + "now(), 'test') returning id", Long.class, body, body.length(), hash);
    }

    private long insertStatement(Long actor, String kind, int start, int end, String content) {
        return jdbc.queryForObject("insert into statement (article_id, actor_id, seq, kind, content, start_offset, "
                + "end_offset, part_offsets, decided_by, confidence) values (?, ?, "
                + "(select count(*) from statement), ?, ?, ?, ?, array[?, ?], 'test', 1) returning id",
                Long.class, articleId, actor, kind, content, start, end, start, end);
    }

    @Test
    void storesTheSameContentOnlyOnce() {
        assertThatThrownBy(() -> insertArticle(HASH, "Other text."))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("content_hash");
    }

    @Test
    void refusesOffsetsOutsideTheArticleBody() {
        assertThatThrownBy(() -> insertStatement(actorId, "INDIRECT", 0, 500, "the truce was over"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("fall outside the body");
    }

    @Test
    void refusesUnknownEnumValues() {
        assertThatThrownBy(() -> insertStatement(actorId, "RUMOUR", 0, 5, "Pesko"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("statement_kind_check");
    }

    @Test
    void keepsAPositionsActorInStepWithItsStatement() {
        long statementId = insertStatement(actorId, "INDIRECT", 11, 30, "the truce was over");
        long otherActor = jdbc.queryForObject("insert into actor (slug, name, kind, created_at) values "
                + "('kremlin', 'Kremlin', 'ORGANISATION', now()) returning id", Long.class);

        assertThatThrownBy(() -> jdbc.update("insert into position (statement_id, actor_id, topic_code, stance) "
                + "values (?, ?, 'CEASEFIRE', 'OPPOSES')", statementId, otherActor))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into position (statement_id, actor_id, topic_code, stance) values (?, ?, 'CEASEFIRE', "
                + "'OPPOSES')", statementId, actorId);
        jdbc.update("update statement set actor_id = ? where id = ?", otherActor, statementId);
        assertThat(jdbc.queryForObject("select actor_id from position", Long.class)).isEqualTo(otherActor);
    }

    @Test
    void indexesStatementWordsForFullTextSearch() {
        insertStatement(actorId, "INDIRECT", 11, 30, "the truce was over");

        assertThat(jdbc.queryForObject("select count(*) from statement where content_tsv @@ "
                + "websearch_to_tsquery('english', 'truces')", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'statement_content_tsv' "
                + "and indexdef like '%USING gin%'", Long.class)).isEqualTo(1);
    }

    @Test
    void findsActorNamesDespiteMisspellings() {
        assertThat(jdbc.queryForList("select name from actor where name % 'Dmitri Peskow'", String.class))
                .containsExactly("Dmitry Peskov");
    }
}
