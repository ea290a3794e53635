package org.claimtracker.extraction;

import java.util.Objects;

/** A role the article gives an actor ("Kremlin spokesman"), where it says so. Roles change and articles err. */
public record RoleMention(Speaker actor, String role, TextSpan span) {

    public RoleMention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
