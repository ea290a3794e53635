package org.claimtracker.actor;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.ActorKind;

/**
 * Who an actor is, as the articles present them.
 *
 * @param aliases    other names the actor goes by, sorted
 * @param roles      the roles articles gave the actor, newest first, each with the article that says so
 * @param statements how many statements are attributed to the actor
 */
public record ActorProfile(long id, String slug, String name, ActorKind kind, List<String> aliases,
        List<RoleSeen> roles, long statements, LocalDate firstSaid, LocalDate lastSaid) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** One role as one article states it. */
    public record RoleSeen(String role, LocalDate statedOn, long articleId, String articleTitle, String sourceName,
            String outlet) {
    }
}
