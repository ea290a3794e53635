package org.claimtracker.actor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.claimtracker.extraction.ActorKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only questions about actors, each answered in a fixed number of queries whatever the number of actors:
 * the index with statement counts, a name search that forgives misspellings, and a profile.
 */
@Component
public class ActorQueries {

    /**
     * The least pg_trgm word similarity between the search and a name or alias that counts as a match: low enough
     * for "Zelenskiy" to find "Volodymyr Zelensky", high enough that "Putin" does not find "Rutte".
     */
    static final double MIN_SIMILARITY = 0.45;

    /** Per-actor statement counts and dates, kept by the database's triggers (actor_summary). */
    private static final String COUNTS = """
            left join (select actor_id, statements, first_on as first_said, last_on as last_said
                         from actor_summary) c on c.actor_id = a.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public ActorQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The role articles give an actor most often (the latest of equals), or null. */
    private static final String MAIN_ROLE = """
            (select r.role from actor_role r where r.actor_id = a.id
              group by r.role order by count(*) desc, max(r.stated_on) desc nulls last, r.role limit 1) as main_role
            """;

    /** Most matches a name search returns. */
    public static final int MAX_MATCHES = 50;

    /** The speakers with statements, those with the most first, {@code limit} from {@code offset}. */
    @Transactional(readOnly = true)
    public List<ActorSummary> list(int limit, long offset) {
        return jdbc.query("select a.id, a.slug, a.name, a.kind, c.statements, c.first_said, c.last_said, "
                + "null as matched_as, null as main_role from actor a " + COUNTS
                + " where c.statements > 0 order by c.statements desc, a.name limit :limit offset :offset",
                new MapSqlParameterSource("limit", limit).addValue("offset", offset), summary());
    }

    /** One page of the speakers index (actors with statements), in {@code sort} order, with each one's main role. */
    @Transactional(readOnly = true)
    public SpeakerPage index(SpeakerSort sort, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", size).addValue("offset", (long) page * size);
        Long total = jdbc.queryForObject("select count(*) from actor_summary", params, Long.class);
        List<ActorSummary> items = jdbc.query("""
                select a.id, a.slug, a.name, a.kind, c.statements, c.first_on as first_said, c.last_on as last_said,
                       null as matched_as,
                """ + MAIN_ROLE + """
                  from actor_summary c
                  join actor a on a.id = c.actor_id
                """ + " order by " + sort.orderBy() + " limit :limit offset :offset", params, summary());
        return new SpeakerPage(items, page, size, total == null ? 0 : total);
    }

    /** The actors affiliated with a body or country, directly, with their statement counts; most statements first. */
    @Transactional(readOnly = true)
    public List<ActorProfile.Member> members(long bodyId) {
        return jdbc.query("""
                select a.slug, a.name, a.kind, coalesce(c.statements, 0) as statements,
                       min(f.valid_from) as valid_from, max(f.valid_to) as valid_to,
                       bool_or(f.role_id is null and f.valid_from is null) as open_from,
                       bool_or(f.role_id is null and f.valid_to is null) as open_to
                  from actor_affiliation f join actor a on a.id = f.actor_id
                """ + COUNTS + """
                 where f.body_id = :id
                 group by a.id, a.slug, a.name, a.kind, c.statements
                 order by statements desc, a.name
                 limit 200
                """, new MapSqlParameterSource("id", bodyId), (rs, row) -> new ActorProfile.Member(
                rs.getString("slug"), rs.getString("name"), ActorKind.valueOf(rs.getString("kind")),
                rs.getLong("statements"), rs.getBoolean("open_from") ? null : localDate(rs, "valid_from"),
                rs.getBoolean("open_to") ? null : localDate(rs, "valid_to")));
    }

    /** The bodies and countries an actor belongs to, directly, with the dates known. */
    @Transactional(readOnly = true)
    public List<ActorProfile.Member> bodies(long actorId) {
        return jdbc.query("""
                select a.slug, a.name, a.kind, 0 as statements,
                       min(f.valid_from) as valid_from, max(f.valid_to) as valid_to,
                       bool_or(f.role_id is null and f.valid_from is null) as open_from,
                       bool_or(f.role_id is null and f.valid_to is null) as open_to
                  from actor_affiliation f join actor a on a.id = f.body_id
                 where f.actor_id = :id
                 group by a.id, a.slug, a.name, a.kind
                 order by a.name
                 limit 50
                """, new MapSqlParameterSource("id", actorId), (rs, row) -> new ActorProfile.Member(
                rs.getString("slug"), rs.getString("name"), ActorKind.valueOf(rs.getString("kind")),
                0, rs.getBoolean("open_from") ? null : localDate(rs, "valid_from"),
                rs.getBoolean("open_to") ? null : localDate(rs, "valid_to")));
    }

    /**
     * Actors whose name or an alias resembles {@code q} (pg_trgm word similarity, so a misspelling or a partial
     * name still finds them), best match first, at most {@value #MAX_MATCHES}; a blank {@code q} lists the speakers
     * with the most statements.
     */
    @Transactional(readOnly = true)
    public List<ActorSummary> search(String q) {
        if (q == null || q.isBlank()) {
            return list(MAX_MATCHES, 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("q", q.strip()).addValue("min", MIN_SIMILARITY);
        return jdbc.query("""
                select a.id, a.slug, a.name, a.kind, coalesce(c.statements, 0) as statements, c.first_said,
                       c.last_said, m.name as matched_as, null as main_role
                  from actor a
                  join lateral (
                        select n.name, greatest(word_similarity(:q, n.name), similarity(:q, n.name)) as score
                          from (select a.name union all
                                select al.alias from actor_alias al where al.actor_id = a.id) n(name)
                         order by score desc, n.name
                         limit 1) m on true
                """ + COUNTS + """
                 where (m.score >= :min or strpos(lower(m.name), lower(:q)) > 0) and c.statements > 0
                 order by m.score desc, statements desc, a.name
                 limit :max
                """, params.addValue("max", MAX_MATCHES), summary());
    }

    /** The actor with this slug: name, kind, aliases and the roles articles gave them. */
    @Transactional(readOnly = true)
    public Optional<ActorProfile> profile(String slug) {
        MapSqlParameterSource params = new MapSqlParameterSource("slug", slug);
        List<ActorSummary> found = jdbc.query("""
                select a.id, a.slug, a.name, a.kind, coalesce(c.statements, 0) as statements, c.first_said,
                       c.last_said, null as matched_as, null as main_role
                  from actor a
                """ + COUNTS + " where a.slug = :slug", params, summary());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ActorSummary actor = found.get(0);
        params.addValue("id", actor.id());
        String aliasList = jdbc.queryForObject(
                "select string_agg(alias, chr(31) order by alias) from actor_alias where actor_id = :id", params,
                String.class);
        List<String> aliases = aliasList == null ? List.of() : Arrays.asList(aliasList.split("\u001f"));
        List<ActorProfile.RoleSeen> roles = jdbc.query("""
                select r.role, r.stated_on, ar.id as article_id, ar.headline as title, ar.source_name, ar.outlet
                  from actor_role r join article ar on ar.id = r.article_id
                 where r.actor_id = :id
                 order by r.stated_on desc nulls last, ar.id, r.role
                 limit :maxRoles
                """, params.addValue("maxRoles", ActorProfile.MAX_ROLES_READ), (rs, row) -> new ActorProfile.RoleSeen(rs.getString("role"), localDate(rs, "stated_on"),
                rs.getLong("article_id"), rs.getString("title"), rs.getString("source_name"),
                rs.getString("outlet")));
        return Optional.of(new ActorProfile(actor.id(), actor.slug(), actor.name(), actor.kind(), aliases, roles,
                actor.statements(), actor.firstSaid(), actor.lastSaid(), bodies(actor.id()), members(actor.id())));
    }

    private static RowMapper<ActorSummary> summary() {
        return (rs, row) -> new ActorSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                ActorKind.valueOf(rs.getString("kind")), rs.getLong("statements"), localDate(rs, "first_said"),
                localDate(rs, "last_said"), rs.getString("matched_as"), rs.getString("main_role"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
