package org.claimtracker.web;

import org.claimtracker.topic.TopicQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /topics}: every topic with its description and how many statements and speakers address it. */
@Controller
class TopicIndexController {

    private final TopicQueries topics;

    TopicIndexController(TopicQueries topics) {
        this.topics = topics;
    }

    @GetMapping("/topics")
    String index(Model model) {
        model.addAttribute("topics", topics.summaries());
        return "topics/index";
    }
}
