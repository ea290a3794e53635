package org.claimtracker.correction;

import java.util.Optional;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds a speaker by slug, following the redirect a merge left when the slug was merged away. */
@Component
public class ActorRedirects {

    private final ActorRepository actors;
    private final JdbcTemplate jdbc;

    ActorRedirects(ActorRepository actors, JdbcTemplate jdbc) {
        this.actors = actors;
        this.jdbc = jdbc;
    }

    public Optional<Actor> findBySlug(String slug) {
        return actors.findBySlug(slug).or(() -> target(slug).flatMap(actors::findById));
    }

    /** The actor a merged-away slug now points to. */
    public Optional<Long> target(String oldSlug) {
        return jdbc.queryForList("select actor_id from actor_redirect where old_slug = ?", Long.class, oldSlug)
                .stream().findFirst();
    }
}
