package org.claimtracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.topic.TopicRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Topics")
@RestController
class TopicRestController {

    private final TopicRepository topics;

    TopicRestController(TopicRepository topics) {
        this.topics = topics;
    }

    @Operation(summary = "List topics", description = "Every topic, in the order the site shows them.")
    @GetMapping("/api/topics")
    List<TopicResponse> list() {
        return topics.findAllByOrderBySortOrder().stream().map(TopicResponse::of).toList();
    }
}
