package org.claimtracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.actor.SpeakerLookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The suggestions of the statement list's speaker field: a few speakers, whatever their number. */
@Tag(name = "Actors", description = "The people and bodies who speak")
@RestController
class SpeakerSuggestionController {

    static final int LIMIT = 10;
    /** Longer text names no one; it is cut rather than refused, as a type-ahead sends whatever is typed. */
    private static final int MAX_TYPED = 100;

    private final SpeakerLookup speakers;

    SpeakerSuggestionController(SpeakerLookup speakers) {
        this.speakers = speakers;
    }

    @Operation(summary = "Suggest speakers for a type-ahead",
            description = "At most " + LIMIT + " speakers whose name, alias or slug contains q (any case), most "
                    + "statements first; without q, the speakers with the most statements.")
    @DocumentedResponses.Ok
    @GetMapping("/api/speakers/suggestions")
    List<SpeakerSuggestionResponse> suggest(@Parameter(description = "What has been typed", example = "zelen")
            @RequestParam(required = false) String q) {
        String typed = q == null ? null : q.substring(0, Math.min(q.length(), MAX_TYPED));
        return speakers.suggest(typed, LIMIT).stream().map(SpeakerSuggestionResponse::of).toList();
    }
}
