package org.claimtracker.actor;

import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtracker.extraction.Speaker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the stored actor for a speaker extraction resolved, by name or alias, or registers a new one, so that one
 * person stays one actor across articles and spellings.
 */
@Component
public class ActorDirectory {

    private final ActorRepository actors;
    private final SpellingMatcher spellings;
    private final Affiliations affiliations;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public ActorDirectory(ActorRepository actors, SpellingMatcher spellings, Affiliations affiliations, Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.spellings = spellings;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    /**
     * The stored actor for a speaker: by name or alias, else by another spelling of its name (the speaker's name
     * then becomes an alias), else a new actor; with the speaker's aliases and lexicon affiliations recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Actor resolve(Speaker speaker) {
        ActorResolution resolution = prepare(List.of(speaker));
        Actor actor = resolution.resolve(speaker);
        resolution.writeAffiliations();
        return actor;
    }

    /**
     * Loads, in one query, the stored actors that the speakers and the bodies they belong to may be (by name or
     * alias, with their aliases), for resolving them one by one in this transaction without a query per name.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ActorResolution prepare(Collection<Speaker> speakers) {
        Set<String> names = new HashSet<>();
        speakers.forEach(speaker -> collectNames(speaker, names, 0));
        List<Actor> known = names.isEmpty() ? List.of() : actors.findByNamesOrAliases(names.toArray(String[]::new));
        return new ActorResolution(this, actors, spellings, affiliations, clock, known);
    }

    private static void collectNames(Speaker speaker, Set<String> names, int depth) {
        names.add(ActorResolution.lower(speaker.canonicalName()));
        speaker.aliases().forEach(alias -> names.add(ActorResolution.lower(alias)));
        if (depth < 4) {
            speaker.affiliations().forEach(a -> collectNames(a.body(), names, depth + 1));
        }
    }

    /**
     * A slug for the name that no actor has, as the actors stand in this transaction: the table is asked directly
     * (a query through the persistence context would first flush all of it), and for the actors in {@code changed}
     * (renamed since the last flush) their slugs in memory count instead of the stored ones.
     */
    String uniqueSlug(String name, Collection<Actor> changed) {
        String base = slugOf(name);
        String slug = base;
        for (int n = 2; slugTaken(slug, changed); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(String slug, Collection<Actor> changed) {
        if (changed.stream().anyMatch(actor -> actor.getSlug().equals(slug))) {
            return true;
        }
        Long[] ids = changed.stream().map(Actor::getId).toArray(Long[]::new);
        return Boolean.TRUE.equals(jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(
                    "select exists (select 1 from actor where slug = ? and id <> all(?::bigint[]))");
            query.setString(1, slug);
            query.setArray(2, connection.createArrayOf("bigint", ids));
            return query;
        }, rs -> rs.next() && rs.getBoolean(1)));
    }

    /** "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy"; accents dropped, anything else becomes a hyphen. */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "actor";
        }
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }
}
