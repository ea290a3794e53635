package org.claimtracker.extraction;

import java.util.List;
import java.util.Objects;

/**
 * A resolved speaker: the canonical name that identifies one actor across articles, its kind, and the aliases the
 * actor lexicon knows for it (empty for a name first seen in this article).
 */
public record Speaker(String canonicalName, ActorKind kind, List<String> aliases) {

    public Speaker {
        Objects.requireNonNull(canonicalName, "canonicalName");
        if (canonicalName.isBlank()) {
            throw new IllegalArgumentException("blank speaker name");
        }
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }
}
