package org.claimtracker.actor;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Affiliation;
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
    private final SpellingMatcher spellings;
    private final Affiliations affiliations;
    private final Clock clock;

    public ActorDirectory(ActorRepository actors, SpellingMatcher spellings, Affiliations affiliations, Clock clock) {
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
        return resolve(speaker, 0);
    }

    private Actor resolve(Speaker speaker, int depth) {
        String name = speaker.canonicalName();
        boolean loneSurname = speaker.kind() == ActorKind.PERSON && !name.strip().contains(" ");
        // a lone surname is first the one person of that surname stored under a full name
        Optional<Actor> found = loneSurname ? spellings.match(speaker).flatMap(actors::findById) : Optional.empty();
        found = found.or(() -> actors.findOneByNameOrAlias(name));
        boolean exact = found.isPresent();
        Actor actor = found
                .or(() -> speaker.aliases().stream()
                        .map(actors::findOneByNameOrAlias)
                        .flatMap(Optional::stream)
                        .findFirst())
                .or(() -> spellings.match(speaker).flatMap(actors::findById))
                .orElseGet(() -> actors.save(new Actor(uniqueSlug(name), name, speaker.kind(), clock.instant())));
        if (!exact && !actor.getName().equals(name) && (!loneSurname || !actor.getName().strip().contains(" "))
                && actors.findOneByNameOrAlias(name).isEmpty()) {
            // found under another spelling an earlier resolution stored: the actor takes today's name
            actor.renameTo(name, uniqueSlug(name), speaker.kind());
        } else if (speaker.kind() != ActorKind.PERSON && actor.getKind() != speaker.kind()) {
            actor.classifyAs(speaker.kind());
        }
        actor.addAliases(speaker.aliases());
        actor.addAliases(List.of(speaker.canonicalName()));
        if (depth < 4) { // the lexicon's chains are short (Peskov, Kremlin, Russia); a longer one is a data error
            for (Affiliation a : speaker.affiliations()) {
                Actor body = resolve(a.body(), depth + 1);
                if (!body.getId().equals(actor.getId())) {
                    affiliations.fromLexicon(actor.getId(), body.getId(), a);
                }
            }
        }
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
