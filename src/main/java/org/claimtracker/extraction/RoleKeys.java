package org.claimtracker.extraction;

/**
 * Compares roles by their words, as attribution does: "US President", "U.S. President" and "United States
 * President" have one key, so pages can show them as one role.
 */
public final class RoleKeys {

    private RoleKeys() {
    }

    public static String key(String role) {
        return Roles.key(role);
    }
}
