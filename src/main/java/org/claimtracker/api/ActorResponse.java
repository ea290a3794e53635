package org.claimtracker.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.actor.ActorSummary;
import org.claimtracker.extraction.ActorKind;

/** An actor in a list, with how much they said and over which dates. */
@Schema(name = "Actor")
public record ActorResponse(
        @Schema(example = "volodymyr-zelenskyy") String slug,
        @Schema(example = "Volodymyr Zelenskyy") String name,
        ActorKind kind,
        @Schema(description = "Number of statements attributed to the actor") long statements,
        @Schema(description = "Date of the earliest statement", nullable = true) LocalDate firstSaid,
        @Schema(description = "Date of the latest statement", nullable = true) LocalDate lastSaid,
        @Schema(description = "With q: the name or alias that matched best", nullable = true) String matchedAs) {

    static ActorResponse of(ActorSummary actor) {
        return new ActorResponse(actor.slug(), actor.name(), actor.kind(), actor.statements(), actor.firstSaid(),
                actor.lastSaid(), actor.matchedAs());
    }
}
