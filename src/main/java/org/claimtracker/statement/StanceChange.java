package org.claimtracker.statement;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.claimtracker.extraction.Stance;

/**
 * A flagged change of position: two remarks of one speaker on one topic, said on different days, both at least of
 * medium confidence, whose stances contradict. {@code before} and {@code after} are the remarks that best show the
 * stance of their day.
 */
public record StanceChange(PositionPoint before, PositionPoint after, Kind kind) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** How the two stances contradict. */
    public enum Kind {
        /** supports then opposes, or the reverse */
        REVERSED,
        /** a position that now names a condition */
        CONDITION_ADDED,
        /** a conditional position that no longer names one */
        CONDITION_DROPPED
    }

    public StanceChange {
        if (before.date() == null || after.date() == null || !before.date().isBefore(after.date())) {
            throw new IllegalArgumentException("a change needs two dated remarks on different days, in order");
        }
    }

    /** The kind of contradiction between two stances, or null when they do not contradict. */
    static Kind between(Stance before, Stance after) {
        if (before == after || before == Stance.NEUTRAL || after == Stance.NEUTRAL) {
            return null;
        }
        if (after == Stance.CONDITIONAL) {
            return Kind.CONDITION_ADDED;
        }
        return before == Stance.CONDITIONAL ? Kind.CONDITION_DROPPED : Kind.REVERSED;
    }

    /** Why this counts as a change, in words a reader can check against the two quotes. */
    public String reason() {
        String what = switch (kind) {
            case REVERSED -> "the stance reversed";
            case CONDITION_ADDED -> "a condition was added";
            case CONDITION_DROPPED -> "the condition was dropped";
        };
        return what + ": " + word(before.stance()) + " on " + DAY.format(before.date()) + ", "
                + word(after.stance()) + " on " + DAY.format(after.date())
                + "; both statements dated, on different days, at least of medium confidence";
    }

    private static String word(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "supports";
            case OPPOSES -> "opposes";
            case CONDITIONAL -> "conditional";
            case NEUTRAL -> "neutral";
        };
    }
}
