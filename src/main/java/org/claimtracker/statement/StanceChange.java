package org.claimtracker.statement;

/** Two consecutive statements of one actor on one topic that take different stances. */
public record StanceChange(PositionPoint before, PositionPoint after) {
}
