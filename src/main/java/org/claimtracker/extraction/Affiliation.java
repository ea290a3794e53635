package org.claimtracker.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor's membership of a body or country (Peskov of the Kremlin, the Kremlin of Russia), from {@code from} to
 * {@code to} inclusive; a null bound is open.
 */
public record Affiliation(Speaker body, LocalDate from, LocalDate to) {

    public Affiliation {
        Objects.requireNonNull(body, "body");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("affiliation from " + from + " after " + to);
        }
    }

    /** Whether the affiliation holds on {@code date}; an undated statement counts. */
    public boolean holdsOn(LocalDate date) {
        return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
