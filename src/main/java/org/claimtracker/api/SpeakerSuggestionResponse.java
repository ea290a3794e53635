package org.claimtracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.actor.SpeakerLookup;

/** A speaker a type-ahead offers: the slug to filter by, the name to show, how much they said. */
@Schema(name = "SpeakerSuggestion")
public record SpeakerSuggestionResponse(
        @Schema(example = "volodymyr-zelenskyy") String slug,
        @Schema(example = "Volodymyr Zelenskyy") String name,
        @Schema(description = "Number of statements attributed to the speaker") long statements) {

    static SpeakerSuggestionResponse of(SpeakerLookup.Speaker speaker) {
        return new SpeakerSuggestionResponse(speaker.slug(), speaker.name(), speaker.statements());
    }
}
