package org.claimtracker.web;

import java.util.Locale;
import java.util.Optional;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.springframework.stereotype.Component;

/**
 * Finds the speaker a mistyped or remembered address means: a slug in other letter case, or a name or alias written
 * as a slug ({@code zelensky}, {@code volodymyr-zelensky}), so people can type the address they expect.
 */
@Component
class SpeakerAliases {

    private final ActorRepository actors;

    SpeakerAliases(ActorRepository actors) {
        this.actors = actors;
    }

    /** The slug of the one actor {@code written} names, if any. */
    Optional<String> slugFor(String written) {
        String lower = written.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        if (!lower.equals(written) && actors.existsBySlug(lower)) {
            return Optional.of(lower);
        }
        Optional<Actor> byName = actors.findOneByNameOrAlias(lower);
        if (byName.isEmpty() && lower.contains("-")) {
            byName = actors.findOneByNameOrAlias(lower.replace('-', ' '));
        }
        return byName.map(Actor::getSlug);
    }
}
