package org.claimtracker.web;

import java.util.List;

import org.claimtracker.topic.TopicRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The topics as pages name them, read once per request: the list lives in the database and may change, but the
 * badges, the filter form and the chips of one page all need it.
 */
@Component
class Topics {

    private static final String ATTRIBUTE = Topics.class.getName();

    private final TopicRepository repository;

    Topics(TopicRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    List<TopicOption> all() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) != null) {
            return (List<TopicOption>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
        List<TopicOption> all = repository.findAllByOrderBySortOrder().stream()
                .map(t -> new TopicOption(t.getCode(), t.getLabel())).toList();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, all, RequestAttributes.SCOPE_REQUEST);
        }
        return all;
    }
}
