package org.claimtracker.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.actor.ActorProfile;
import org.claimtracker.extraction.ActorKind;

/** One actor: names, the roles articles gave them, and how much they said. */
@Schema(name = "ActorProfile")
public record ActorProfileResponse(
        String slug,
        String name,
        ActorKind kind,
        @Schema(description = "Other names the actor goes by, sorted") List<String> aliases,
        @Schema(description = "Roles as articles state them, newest first") List<Role> roles,
        long statements,
        @Schema(nullable = true) LocalDate firstSaid,
        @Schema(nullable = true) LocalDate lastSaid,
        @Schema(description = "Bodies and countries the actor belongs to") List<Affiliate> memberOf,
        @Schema(description = "For a body or country: the actors affiliated with it, most statements first")
        List<Affiliate> members) {

    /** The other side of an affiliation; a null date is open or unknown. */
    @Schema(name = "ActorAffiliate")
    public record Affiliate(@Schema(example = "kremlin") String slug, String name, ActorKind kind, long statements,
            @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to) {

        static Affiliate of(ActorProfile.Member m) {
            return new Affiliate(m.slug(), m.name(), m.kind(), m.statements(), m.from(), m.to());
        }
    }

    /** A role as one article states it. */
    @Schema(name = "ActorRole")
    public record Role(@Schema(example = "Kremlin spokesman") String role,
            @Schema(nullable = true) LocalDate statedOn, long articleId, String source,
            @Schema(nullable = true) String outlet) {
    }

    static ActorProfileResponse of(ActorProfile profile) {
        return new ActorProfileResponse(profile.slug(), profile.name(), profile.kind(), profile.aliases(),
                profile.roles().stream().map(r -> new Role(r.role(), r.statedOn(), r.articleId(), r.sourceName(),
                        r.outlet())).toList(),
                profile.statements(), profile.firstSaid(), profile.lastSaid(),
                profile.bodies().stream().map(Affiliate::of).toList(),
                profile.members().stream().map(Affiliate::of).toList());
    }
}
