package org.claimtracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.topic.Topic;

/** A topic statements take positions on. */
@Schema(name = "Topic")
public record TopicResponse(@Schema(example = "CEASEFIRE") String code, @Schema(example = "Ceasefire") String label,
        String description) {

    static TopicResponse of(Topic topic) {
        return new TopicResponse(topic.getCode(), topic.getLabel(), topic.getDescription());
    }
}
