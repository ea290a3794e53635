package org.claimtracker.actor;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;

import org.claimtracker.extraction.Speaker;
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
    private final Clock clock;

    public ActorDirectory(ActorRepository actors, Clock clock) {
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Actor resolve(Speaker speaker) {
        Actor actor = actors.findOneByNameOrAlias(speaker.canonicalName())
                .or(() -> speaker.aliases().stream()
                        .map(actors::findOneByNameOrAlias)
                        .flatMap(java.util.Optional::stream)
                        .findFirst())
                .orElseGet(() -> actors.save(new Actor(uniqueSlug(speaker.canonicalName()), speaker.canonicalName(),
                        speaker.kind(), clock.instant())));
        actor.addAliases(speaker.aliases());
        return actor;
    }

    private String uniqueSlug(String name) {
        String base = slugOf(name);
        String slug = base;
        for (int n = 2; actors.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
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
