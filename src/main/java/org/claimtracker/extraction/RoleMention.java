package org.claimtracker.extraction;

import java.util.Objects;

/**
 * A role the article gives an actor ("Kremlin spokesman"), where it says so, and the body the role names (the
 * Kremlin), or null. Roles change and articles err.
 */
public record RoleMention(Speaker actor, String role, TextSpan span, Speaker body) {

    public RoleMention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }

    public RoleMention(Speaker actor, String role, TextSpan span) {
        this(actor, role, span, null);
    }
}
