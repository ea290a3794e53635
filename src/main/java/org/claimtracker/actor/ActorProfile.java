package org.claimtracker.actor;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.ActorKind;

/**
 * Who an actor is, as the articles present them.
 *
 * @param aliases    other names the actor goes by, sorted
 * @param roles      the roles articles gave the actor, newest first, each with the article that says so (at most
 *                   {@link #MAX_ROLES_READ})
 * @param statements how many statements are attributed to the actor
 * @param bodies     the bodies and countries the actor belongs to
 * @param members    for a body or country, the actors affiliated with it
 */
public record ActorProfile(long id, String slug, String name, ActorKind kind, List<String> aliases,
        List<RoleSeen> roles, long statements, LocalDate firstSaid, LocalDate lastSaid, List<Member> bodies,
        List<Member> members) {

    /** Role mentions a profile reads, newest first: a speaker named in ten thousand articles is summarised from these. */
    public static final int MAX_ROLES_READ = 1000;

    /** True when the roles are the newest {@link #MAX_ROLES_READ} mentions, not all of them. */
    public boolean rolesCapped() {
        return roles.size() >= MAX_ROLES_READ;
    }


    public ActorProfile {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        bodies = List.copyOf(bodies);
        members = List.copyOf(members);
    }

    /**
     * One side of an affiliation as a profile lists it: the actor, their statement count (members only), and the
     * dates known; a null date is open or unknown.
     */
    public record Member(String slug, String name, ActorKind kind, long statements, LocalDate from, LocalDate to) {
    }

    /** One role as one article states it. */
    public record RoleSeen(String role, LocalDate statedOn, long articleId, String articleTitle, String sourceName,
            String outlet) {
    }
}
