package org.claimtracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.actor.ActorQueries;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.statement.InvalidParameterException;
import org.claimtracker.statement.PositionHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Actors", description = "The people and bodies who speak")
@RestController
@RequestMapping("/api/actors")
class ActorRestController {

    private final ActorQueries actors;
    private final ActorRepository actorRepository;
    private final PositionHistory positions;

    ActorRestController(ActorQueries actors, ActorRepository actorRepository, PositionHistory positions) {
        this.actors = actors;
        this.actorRepository = actorRepository;
        this.positions = positions;
    }

    static final int MAX_PAGE_SIZE = 500;

    @Operation(summary = "List actors with statement counts",
            description = "Most statements first, then by name, a page at a time (size at most 500). With q, the "
                    + "actors whose name or alias resembles q (misspellings forgiven), best match first, at most 50.")
    @GetMapping
    List<ActorResponse> list(@Parameter(description = "Name or alias to search for", example = "Zelenskiy")
            @RequestParam(required = false) String q,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") String page,
            @Parameter(description = "Actors per page, 1 to 500") @RequestParam(defaultValue = "100") String size) {
        if (q != null && !q.isBlank()) {
            return actors.search(q).stream().map(ActorResponse::of).toList();
        }
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
        int pageNumber = number("page", page, 0, 100_000);
        return actors.list(pageSize, (long) pageNumber * pageSize).stream().map(ActorResponse::of).toList();
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException(name, name + " must be a whole number from " + min + " to " + max);
    }

    @Operation(summary = "One actor: names, aliases, roles and counts")
    @DocumentedResponses.Ok
    @DocumentedResponses.NotFound
    @GetMapping("/{slug}")
    ActorProfileResponse actor(@Parameter(description = "Actor slug") @PathVariable String slug) {
        return actors.profile(slug).map(ActorProfileResponse::of)
                .orElseThrow(() -> new NotFoundException("actor", slug));
    }

    @Operation(summary = "An actor's position history per topic",
            description = "For each topic, in topic order: where the actor stands (the stance of their most recent "
                    + "confident statements, MIXED when they disagree), every remark oldest first (the same words "
                    + "reported by several articles once, with its reports), the changes of position with the "
                    + "statements before and after and the reason each counts, and the days whose statements "
                    + "disagree. A change needs two dated statements of different days, both at least of medium "
                    + "confidence, whose stances contradict.")
    @DocumentedResponses.Ok
    @DocumentedResponses.NotFound
    @GetMapping("/{slug}/positions")
    PositionsResponse positions(@Parameter(description = "Actor slug") @PathVariable String slug) {
        if (!actorRepository.existsBySlug(slug)) {
            throw new NotFoundException("actor", slug);
        }
        return PositionsResponse.of(slug, positions.forActor(slug));
    }
}
