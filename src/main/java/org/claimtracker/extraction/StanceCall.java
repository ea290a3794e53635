package org.claimtracker.extraction;

import java.util.Objects;

/**
 * The stance a statement takes on one topic, with why: the rule that decided it, the words that triggered it, and
 * how sure the rule is. Confidence bands: below {@link #MEDIUM} a stance is a guess (no cue, a hedge) and should
 * not make a change of position on its own.
 *
 * @param stance     the side taken
 * @param confidence in [0, 1]
 * @param rule       the name of the rule that decided ("condition-clause", "negated-cue", "default-no-cue", ...)
 * @param cue        the words that triggered the rule as they stand in the statement, or null for a default
 */
public record StanceCall(Stance stance, double confidence, String rule, String cue) {

    /** The lowest confidence that counts as evidence of a position. */
    public static final double MEDIUM = 0.5;

    public StanceCall {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(rule, "rule");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /** A stance known without its evidence (stored before stances carried it): medium confidence. */
    public static StanceCall unexplained(Stance stance) {
        return new StanceCall(stance, MEDIUM, "unexplained", null);
    }

    public boolean confident() {
        return confidence >= MEDIUM;
    }
}
