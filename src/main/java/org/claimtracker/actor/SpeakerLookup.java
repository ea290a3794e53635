package org.claimtracker.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Speakers for a type-ahead speaker field: what a typed slug, name or alias stands for, and a few suggestions for
 * what has been typed so far, with their kept statement counts (actor_summary): bounded reads, whatever the number
 * of speakers or statements.
 */
@Component
public class SpeakerLookup {

    /** A speaker as the field offers it. */
    public record Speaker(String slug, String name, long statements) {
    }

    private static final String COLUMNS = "a.slug, a.name, coalesce(su.statements, 0) as statements";
    private static final RowMapper<Speaker> MAPPER = (rs, row) -> new Speaker(rs.getString("slug"),
            rs.getString("name"), rs.getLong("statements"));

    private final NamedParameterJdbcTemplate jdbc;

    public SpeakerLookup(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The speaker a typed value names: its slug, else its name or one of its aliases, in any case. */
    @Transactional(readOnly = true)
    public Optional<Speaker> resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + """
                  from actor a left join actor_summary su on su.actor_id = a.id
                 where a.slug = lower(:typed) or lower(a.name) = lower(:typed)
                    or a.id in (select al.actor_id from actor_alias al where lower(al.alias) = lower(:typed))
                 order by a.slug = lower(:typed) desc, lower(a.name) = lower(:typed) desc, statements desc, a.slug
                 limit 1
                """, new MapSqlParameterSource("typed", typed.strip()), MAPPER).stream().findFirst();
    }

    /** Speakers whose name, alias or slug contains {@code typed}, most quoted first. */
    @Transactional(readOnly = true)
    public List<Speaker> suggest(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return mostQuoted(limit);
        }
        String words = typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        String pattern = "%" + words + "%";
        // "donald tr" finds the slug donald-trump too
        return jdbc.query("select " + COLUMNS + """
                  from actor a left join actor_summary su on su.actor_id = a.id
                 where lower(a.name) like :pattern or a.slug like :slugPattern
                    or exists (select 1 from actor_alias al where al.actor_id = a.id and lower(al.alias) like :pattern)
                 order by statements desc, a.name
                 limit :limit
                """, new MapSqlParameterSource("pattern", pattern)
                .addValue("slugPattern", "%" + words.replaceAll("\\s+", "-") + "%").addValue("limit", limit), MAPPER);
    }

    /** The speakers with the most statements, from the kept counts' index. */
    @Transactional(readOnly = true)
    public List<Speaker> mostQuoted(int limit) {
        return jdbc.query("select " + COLUMNS + """
                  from actor_summary su join actor a on a.id = su.actor_id
                 order by su.statements desc, su.actor_id
                 limit :limit
                """, new MapSqlParameterSource("limit", limit), MAPPER);
    }

    /** Slug to name for the slugs given that name a speaker, in the order given. */
    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> slugs) {
        Map<String, String> names = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return names;
        }
        Map<String, String> found = new LinkedHashMap<>();
        jdbc.query("select slug, name from actor where slug in (:slugs)", new MapSqlParameterSource("slugs", slugs),
                rs -> {
                    found.put(rs.getString("slug"), rs.getString("name"));
                });
        slugs.stream().filter(found::containsKey).forEach(slug -> names.put(slug, found.get(slug)));
        return names;
    }
}
