package org.claimtracker.extraction;

/** The side a speaker takes on a topic in one statement. */
public enum Stance {
    SUPPORTS, OPPOSES, CONDITIONAL, NEUTRAL
}
