package org.claimtracker.actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Affiliation;
import org.claimtracker.extraction.Speaker;

/**
 * Resolves the speakers of one transaction (an article, or a batch of them) against the actors
 * {@link ActorDirectory#prepare} loaded for them in one query: a name is looked up among those actors and the ones
 * registered since, as they stand in the transaction, instead of by a query per name. The lexicon affiliations it
 * finds are written together by {@link #writeAffiliations}. Not thread-safe; used within the transaction that
 * prepared it, and every alias an actor gains in it goes through {@link #addAliases}.
 */
public final class ActorResolution {

    private final ActorRepository actors;
    private final SpellingMatcher spellings;
    private final Affiliations affiliations;
    private final ActorDirectory directory;
    private final Clock clock;
    /** The actors at hand by each of their names and aliases in lower case, each list in order of id. */
    private final Map<String, List<Actor>> byName = new HashMap<>();
    private final Map<String, Actor> bodies = new HashMap<>();
    private final Map<List<Long>, Affiliations.LexiconAffiliation> lexiconAffiliations = new LinkedHashMap<>();
    /*
     * Queries about names (spellings, free slugs) go to the table without flushing the transaction's statements
     * first: they are given what the table may not hold yet, the aliases actors gained here and the actors renamed
     * or reclassified here.
     */
    private final Map<Actor, List<String>> addedAliases = new HashMap<>();
    private final Map<Long, Actor> changed = new HashMap<>();

    ActorResolution(ActorDirectory directory, ActorRepository actors, SpellingMatcher spellings,
            Affiliations affiliations, Clock clock, List<Actor> known) {
        this.directory = directory;
        this.actors = actors;
        this.spellings = spellings;
        this.affiliations = affiliations;
        this.clock = clock;
        known.forEach(this::index);
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
                .orElseGet(() -> register(actors.save(new Actor(uniqueSlug(name), name, speaker.kind(),
                        clock.instant()))));
        if (!exact && !actor.getName().equals(name) && (!loneSurname || !actor.getName().strip().contains(" "))
                && byNameOrAlias(name).isEmpty()) {
            // found under another spelling an earlier resolution stored: the actor takes today's name
            actor.renameTo(name, uniqueSlug(name), speaker.kind());
            changed.put(actor.getId(), actor);
            index(actor); // the old name is now an alias
        } else if (speaker.kind() != ActorKind.PERSON && actor.getKind() != speaker.kind()) {
            actor.classifyAs(speaker.kind());
            changed.put(actor.getId(), actor);
        }
        addAliases(actor, speaker.aliases());
        addAliases(actor, List.of(speaker.canonicalName()));
        if (depth < 4) { // the lexicon's chains are short (Peskov, Kremlin, Russia); a longer one is a data error
            for (Affiliation a : speaker.affiliations()) {
                Actor body = bodyOf(a.body(), depth + 1);
                if (!body.getId().equals(actor.getId())) {
                    lexiconAffiliations.put(List.of(actor.getId(), body.getId()),
                            new Affiliations.LexiconAffiliation(actor.getId(), body.getId(), a.from(), a.to()));
                }
            }
        }
        return actor;
    }

    /** Records other names an actor goes by (spellings met later in an article) where lookups here find them. */
    public void addAliases(Actor actor, Collection<String> names) {
        List<String> added = actor.addAliases(names);
        if (!added.isEmpty()) {
            addedAliases.computeIfAbsent(actor, a -> new ArrayList<>()).addAll(added);
            index(actor);
        }
    }

    /** Writes the lexicon affiliations found since the last call, in one batch; the transaction's last step. */
    public void writeAffiliations() {
        if (!lexiconAffiliations.isEmpty()) {
            affiliations.fromLexicon(lexiconAffiliations.values());
            lexiconAffiliations.clear();
        }
    }

    /** A body several speakers of the article belong to (the Kremlin) is resolved, and its chain written, once. */
    private Actor bodyOf(Speaker body, int depth) {
        Actor resolved = bodies.get(body.canonicalName());
        if (resolved == null) {
            resolved = resolve(body, depth);
            bodies.put(body.canonicalName(), resolved);
        } else {
            addAliases(resolved, body.aliases());
        }
        return resolved;
    }

    /** As the query {@link ActorRepository#findOneByNameOrAlias} would answer, among the actors at hand. */
    private Optional<Actor> byNameOrAlias(String name) {
        List<Actor> found = byName.get(lower(name));
        return found == null ? Optional.empty() : Optional.of(found.get(0));
    }

    private Optional<Actor> bySpelling(Speaker speaker) {
        return spellings.match(speaker, unflushedNames(), changed.keySet()).flatMap(actors::findById)
                .map(this::register);
    }

    private String uniqueSlug(String name) {
        return directory.uniqueSlug(name, changed.values());
    }

    private List<SpellingMatcher.UnflushedName> unflushedNames() {
        List<SpellingMatcher.UnflushedName> names = new ArrayList<>();
        addedAliases.forEach((actor, aliases) -> {
            if (!changed.containsKey(actor.getId())) {
                aliases.forEach(alias ->
                        names.add(new SpellingMatcher.UnflushedName(actor.getId(), alias, actor.getKind())));
            }
        });
        for (Actor actor : changed.values()) {
            names.add(new SpellingMatcher.UnflushedName(actor.getId(), actor.getName(), actor.getKind()));
            actor.getAliases().forEach(alias ->
                    names.add(new SpellingMatcher.UnflushedName(actor.getId(), alias, actor.getKind())));
        }
        return names;
    }

    private Actor register(Actor actor) {
        index(actor);
        return actor;
    }

    /** Files the actor under its name and aliases; names only accrue (a renamed actor keeps its old name). */
    private void index(Actor actor) {
        index(actor, actor.getName());
        actor.getAliases().forEach(alias -> index(actor, alias));
    }

    private void index(Actor actor, String name) {
        List<Actor> named = byName.computeIfAbsent(lower(name), key -> new ArrayList<>(1));
        if (named.stream().noneMatch(a -> a == actor)) {
            named.add(actor);
            named.sort(Comparator.comparing(Actor::getId));
        }
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
