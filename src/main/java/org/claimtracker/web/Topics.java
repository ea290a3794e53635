package org.claimtracker.web;

import java.util.List;

import org.claimtracker.topic.TopicRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The topics as pages name them, read per request: the list lives in the database and may change. */
@Component
class Topics {

    private final TopicRepository repository;

    Topics(TopicRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    List<TopicOption> all() {
        return repository.findAllByOrderBySortOrder().stream()
                .map(t -> new TopicOption(t.getCode(), t.getLabel())).toList();
    }
}
