package org.claimtracker.api;

import org.claimtracker.statement.InvalidParameterException;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.topic.TopicRepository;
import org.springframework.stereotype.Component;

/**
 * Turns the statement-list request parameters into a filter, refusing a topic code that does not exist: topics are
 * a closed list, so an unknown code is a typo to report, not a filter that silently matches nothing.
 */
@Component
class StatementFilters {

    private final TopicRepository topics;

    StatementFilters(TopicRepository topics) {
        this.topics = topics;
    }

    /** One page, as the parameters ask. */
    StatementFilter page(StatementQuery query) {
        return checked(query.toFilter());
    }

    /** Every matching statement: exports ignore {@code page} and {@code size}, even malformed ones. */
    StatementFilter all(StatementQuery query) {
        StatementQuery unpaged = new StatementQuery(query.speaker(), query.topic(), query.stance(), query.kind(),
                query.from(), query.to(), query.source(), query.q(), query.sort(), null, null,
                query.affiliates(), query.verified());
        return checked(unpaged.toFilter(StatementFilter.MAX_SIZE));
    }

    private StatementFilter checked(StatementFilter filter) {
        if (filter.topic() != null && !topics.existsById(filter.topic())) {
            throw new InvalidParameterException("topic", "unknown topic '" + filter.topic()
                    + "'; /api/topics lists the codes");
        }
        return filter;
    }
}
