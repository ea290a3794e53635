package org.claimtracker.statement;

import java.time.LocalDate;

import org.claimtracker.extraction.Stance;

/**
 * Where a speaker stands on a topic as far as the articles tell: the stance of their most recent confident remarks.
 *
 * @param stance     the stance; null when the most recent remarks disagree (see {@link #mixed})
 * @param statements how many remarks back it: the run of most recent remarks that agree with it (for a mixed
 *                   position, the remarks of the mixed day)
 * @param since      the earliest date in that run, or null when undated
 * @param asOf       the latest date in that run, or null when undated
 * @param quote      the remark that best shows the stance (for a mixed position, the most recent)
 * @param tentative  true when no remark is confident, so the stance rests on guesses
 */
public record StandingPosition(Stance stance, int statements, LocalDate since, LocalDate asOf, PositionPoint quote,
        boolean tentative) {

    public boolean mixed() {
        return stance == null;
    }
}
