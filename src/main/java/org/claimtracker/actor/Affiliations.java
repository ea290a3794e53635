package org.claimtracker.actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores who belongs to which body: the actor lexicon's affiliations (kept in step with the data file) and those a
 * stated role gives ("Kremlin spokesman": the Kremlin), which go with their role. Also removes orphan actors.
 */
@Component
public class Affiliations {

    private final NamedParameterJdbcTemplate jdbc;

    Affiliations(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** What the lexicon says an actor belongs to, as resolution found it; written with the rest of its batch. */
    record LexiconAffiliation(long actorId, long bodyId, LocalDate from, LocalDate to) {
    }

    /** The body a stated role names, dated by the article that states it. */
    public record RoleAffiliation(long actorId, long bodyId, LocalDate on, long roleId) {

        public RoleAffiliation(Actor actor, Actor body, ActorRole role) {
            this(actor.getId(), body.getId(), role.getStatedOn(), role.getId());
        }
    }

    /** Writes lexicon affiliations in one batch; the lexicon's dates replace those stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    void fromLexicon(Collection<LexiconAffiliation> rows) {
        jdbc.batchUpdate("""
                insert into actor_affiliation (actor_id, body_id, valid_from, valid_to, role_id)
                values (:actor, :body, :from, :to, null)
                on conflict (actor_id, body_id, role_id) do update
                   set valid_from = excluded.valid_from, valid_to = excluded.valid_to
                """, rows.stream().map(row -> new MapSqlParameterSource("actor", row.actorId())
                .addValue("body", row.bodyId()).addValue("from", row.from()).addValue("to", row.to()))
                .toArray(SqlParameterSource[]::new));
    }

    /** Writes role affiliations in one batch, once their roles are stored; an actor is not its own body. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void fromRoles(Collection<RoleAffiliation> rows) {
        jdbc.batchUpdate("""
                insert into actor_affiliation (actor_id, body_id, valid_from, valid_to, role_id)
                values (:actor, :body, :on, :on, :role)
                on conflict do nothing
                """, rows.stream().filter(row -> row.actorId() != row.bodyId())
                .map(row -> new MapSqlParameterSource("actor", row.actorId()).addValue("body", row.bodyId())
                        .addValue("on", row.on()).addValue("role", row.roleId()))
                .toArray(SqlParameterSource[]::new));
    }

    /** The actors an article's statements, roles and role affiliations point at. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> actorsOf(long articleId) {
        return jdbc.queryForList("""
                select s.actor_id from statement s where s.article_id = :article and s.actor_id is not null
                union
                select r.actor_id from actor_role r where r.article_id = :article
                union
                select f.body_id from actor_affiliation f join actor_role r on r.id = f.role_id
                 where r.article_id = :article
                """, new MapSqlParameterSource("article", articleId), Long.class);
    }

    /**
     * Deletes those of {@code candidates} that nothing points at any more (no statement, role or affiliation), as
     * re-extraction leaves them; returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeOrphans(Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        return jdbc.update("""
                delete from actor a
                 where a.id in (:ids)
                   and not exists (select 1 from statement s where s.actor_id = a.id)
                   and not exists (select 1 from actor_role r where r.actor_id = a.id)
                   and not exists (select 1 from actor_affiliation f where f.actor_id = a.id)
                   and not exists (select 1 from actor_affiliation f where f.body_id = a.id)
                """, new MapSqlParameterSource("ids", candidates));
    }
}
