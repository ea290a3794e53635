package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The stance cue lexicon from {@code stance-cues.tsv}: phrases grouped by the role they play in a clause (a
 * condition marker, a supporting or opposing word, a negator, a hedge, a breach, ...). Immutable; one per pipeline.
 */
final class StanceCues {

    /** What a cue does in the clause it stands in. */
    enum Role {
        CONDITION, CONDITION_NOUN, NOT_CONDITION, PENALTY, SUPPORT, OPPOSE, DESCRIBE, NEGATOR, HEDGE, BREACH, ACCUSE,
        FIRST_PERSON, NOT_A_CUE, PASSING, REFERENCE
    }

    /** One occurrence of a cue in a statement: its role and the words it covers, {@code [from, to)}. */
    record Found(Role role, int from, int to) {

        boolean covers(int i) {
            return from <= i && i < to;
        }

        boolean overlaps(int start, int end) {
            return from < end && start < to;
        }
    }

    /** No cue phrase is longer than this, gaps included. */
    private static final int MAX_SPAN = 16;

    private final PhraseIndex index = new PhraseIndex();
    private final List<Role> roles = new ArrayList<>();

    private StanceCues(Map<Role, List<String>> phrases) {
        phrases.forEach((role, list) -> list.forEach(p -> {
            index.add(p, roles.size());
            roles.add(role);
        }));
    }

    /** Rows of {@code role <TAB> phrase|phrase|...}. */
    static StanceCues of(List<String[]> rows) {
        Map<Role, List<String>> phrases = new EnumMap<>(Role.class);
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("a stance cue row needs a role and phrases: " + String.join("\t", row));
            }
            Role role = Role.valueOf(row[0].strip());
            for (String p : row[1].split("\\|")) {
                if (!p.isBlank()) {
                    phrases.computeIfAbsent(role, r -> new ArrayList<>()).add(TopicLexicon.normalise(p.strip()));
                }
            }
        }
        return new StanceCues(phrases);
    }

    /**
     * Every cue in the text, in text order. Dropped: cues inside a NOT_A_CUE or NOT_CONDITION phrase, and supporting,
     * opposing or negating words inside a longer supporting or opposing cue ("accept" and "not" in "not accept").
     * Masks are looked for among the matches that start within a phrase's reach, so the cost stays linear in the
     * statement's length.
     */
    List<Found> find(ClauseText text) {
        List<Found> all = new ArrayList<>();
        for (PhraseIndex.Match m : index.matches(text.words())) {
            all.add(new Found(roles.get(m.id()), m.from(), m.to()));
        }
        List<Found> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Found f = all.get(i);
            if (f.role() != Role.NOT_A_CUE && f.role() != Role.NOT_CONDITION && !masked(all, i)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean masked(List<Found> all, int i) {
        Found f = all.get(i);
        // matches come in order of their first word; a mask overlapping f starts at most MAX_SPAN words earlier
        for (int k = i - 1; k >= 0 && all.get(k).from() > f.from() - MAX_SPAN; k--) {
            if (masks(all.get(k), f)) {
                return true;
            }
        }
        for (int k = i + 1; k < all.size() && all.get(k).from() < f.to(); k++) {
            if (masks(all.get(k), f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean masks(Found mask, Found f) {
        if (!mask.overlaps(f.from(), f.to())) {
            return false;
        }
        return switch (mask.role()) {
            case NOT_A_CUE -> true;
            case NOT_CONDITION -> f.role() == Role.CONDITION;
            case SUPPORT, OPPOSE -> (f.role() == Role.SUPPORT || f.role() == Role.OPPOSE || f.role() == Role.NEGATOR)
                    && mask.from() <= f.from() && f.to() <= mask.to()
                    && mask.to() - mask.from() > f.to() - f.from();
            default -> false;
        };
    }
}
