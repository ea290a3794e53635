package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.Stance;

/**
 * The confident remarks of one speaker on one topic on one day, and the stance they add up to.
 *
 * @param stance null when the day is mixed: it holds remarks that contradict each other
 */
public record PositionDay(LocalDate date, Stance stance, List<PositionPoint> points) {

    public PositionDay {
        points = List.copyOf(points);
    }

    public boolean mixed() {
        return stance == null;
    }

    /**
     * What remarks of one day add up to: their common side; a condition qualifies support (SUPPORTS with CONDITIONAL
     * is CONDITIONAL); opposition beside support or a condition is mixed (null); no side at all is NEUTRAL.
     */
    static Stance stanceOf(List<PositionPoint> points) {
        boolean supports = false;
        boolean opposes = false;
        boolean conditional = false;
        for (PositionPoint p : points) {
            switch (p.stance()) {
                case SUPPORTS -> supports = true;
                case OPPOSES -> opposes = true;
                case CONDITIONAL -> conditional = true;
                case NEUTRAL -> { }
            }
        }
        if (opposes) {
            return supports || conditional ? null : Stance.OPPOSES;
        }
        if (conditional) {
            return Stance.CONDITIONAL;
        }
        return supports ? Stance.SUPPORTS : Stance.NEUTRAL;
    }
}
