package org.claimtracker.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.claimtracker.statement.Citation;
import org.claimtracker.statement.StatementHit;
import org.claimtracker.statement.StatementSearch;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Finds a statement with its citation, the permalink built from the request (so it names the public host). */
@Component
class StatementCitations {

    record Cited(StatementHit hit, Citation citation) {
    }

    private final StatementSearch search;
    private final Clock clock;

    StatementCitations(StatementSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    Optional<Cited> find(long id) {
        return search.findById(id).map(hit -> new Cited(hit, Citation.of(hit,
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/statements/{id}").buildAndExpand(id)
                        .toUriString(), LocalDate.now(clock))));
    }
}
