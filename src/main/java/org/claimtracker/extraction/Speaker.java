package org.claimtracker.extraction;

import java.util.List;
import java.util.Objects;

/**
 * A resolved speaker: the canonical name that identifies one actor across articles, its kind, the aliases the
 * actor lexicon knows for it (empty for a name first seen in this article; other spellings the article used are
 * added), and the bodies it belongs to per the actor lexicon.
 */
public record Speaker(String canonicalName, ActorKind kind, List<String> aliases, List<Affiliation> affiliations) {

    public Speaker {
        Objects.requireNonNull(canonicalName, "canonicalName");
        if (canonicalName.isBlank()) {
            throw new IllegalArgumentException("blank speaker name");
        }
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
    }

    public Speaker(String canonicalName, ActorKind kind, List<String> aliases) {
        this(canonicalName, kind, aliases, List.of());
    }

    /** This speaker, also known as {@code spelling}. */
    Speaker withAlias(String spelling) {
        if (spelling.equals(canonicalName) || aliases.contains(spelling)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(aliases);
        more.add(spelling);
        return new Speaker(canonicalName, kind, more, affiliations);
    }
}
