package org.claimtracker.actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Affiliation;
import org.claimtracker.extraction.Speaker;

/**
 * Resolves the speakers of one transaction (one article) against the actors {@link ActorDirectory#prepare} loaded
 * for them in one query: a name is looked up among those actors and the ones registered since, as they stand in the
 * transaction, instead of by a query per name. Not thread-safe; used within the transaction that prepared it.
 */
public final class ActorResolution {

    private final ActorRepository actors;
    private final SpellingMatcher spellings;
    private final Affiliations affiliations;
    private final ActorDirectory directory;
    private final Clock clock;
    private final List<Actor> known;
    private final Map<String, Actor> bodies = new HashMap<>();

    ActorResolution(ActorDirectory directory, ActorRepository actors, SpellingMatcher spellings,
            Affiliations affiliations, Clock clock, List<Actor> known) {
        this.directory = directory;
        this.actors = actors;
        this.spellings = spellings;
        this.affiliations = affiliations;
        this.clock = clock;
        this.known = new ArrayList<>(known);
    }

    /**
     * The stored actor for a speaker: by name or alias, else by another spelling of its name (the speaker's name
     * then becomes an alias), else a new actor; with the speaker's aliases and lexicon affiliations recorded.
     */
    public Actor resolve(Speaker speaker) {
        return resolve(speaker, 0);
    }

    private Actor resolve(Speaker speaker, int depth) {
        String name = speaker.canonicalName();
        boolean loneSurname = speaker.kind() == ActorKind.PERSON && !name.strip().contains(" ");
        // a lone surname is first the one person of that surname stored under a full name
        Optional<Actor> found = loneSurname ? bySpelling(speaker) : Optional.empty();
        found = found.or(() -> byNameOrAlias(name));
        boolean exact = found.isPresent();
        Actor actor = found
                .or(() -> speaker.aliases().stream()
                        .map(this::byNameOrAlias)
                        .flatMap(Optional::stream)
                        .findFirst())
                .or(() -> bySpelling(speaker))
                .orElseGet(() -> register(actors.save(new Actor(directory.uniqueSlug(name), name, speaker.kind(),
                        clock.instant()))));
        if (!exact && !actor.getName().equals(name) && (!loneSurname || !actor.getName().strip().contains(" "))
                && byNameOrAlias(name).isEmpty()) {
            // found under another spelling an earlier resolution stored: the actor takes today's name
            actor.renameTo(name, directory.uniqueSlug(name), speaker.kind());
        } else if (speaker.kind() != ActorKind.PERSON && actor.getKind() != speaker.kind()) {
            actor.classifyAs(speaker.kind());
        }
        actor.addAliases(speaker.aliases());
        actor.addAliases(List.of(speaker.canonicalName()));
        if (depth < 4) { // the lexicon's chains are short (Peskov, Kremlin, Russia); a longer one is a data error
            for (Affiliation a : speaker.affiliations()) {
                Actor body = bodyOf(a.body(), depth + 1);
                if (!body.getId().equals(actor.getId())) {
                    affiliations.fromLexicon(actor.getId(), body.getId(), a);
                }
            }
        }
        return actor;
    }

    /** A body several speakers of the article belong to (the Kremlin) is resolved, and its chain written, once. */
    private Actor bodyOf(Speaker body, int depth) {
        Actor resolved = bodies.get(body.canonicalName());
        if (resolved == null) {
            resolved = resolve(body, depth);
            bodies.put(body.canonicalName(), resolved);
        } else {
            resolved.addAliases(body.aliases());
        }
        return resolved;
    }

    /** As the query {@link ActorRepository#findOneByNameOrAlias} would answer, among the actors at hand. */
    private Optional<Actor> byNameOrAlias(String name) {
        String lower = lower(name);
        return known.stream()
                .filter(a -> lower(a.getName()).equals(lower)
                        || a.getAliases().stream().anyMatch(alias -> lower(alias).equals(lower)))
                .min(Comparator.comparing(Actor::getId));
    }

    private Optional<Actor> bySpelling(Speaker speaker) {
        return spellings.match(speaker).flatMap(actors::findById).map(this::register);
    }

    private Actor register(Actor actor) {
        if (known.stream().noneMatch(a -> a == actor)) {
            known.add(actor);
        }
        return actor;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
