package org.claimtracker.web;

import java.util.Locale;

import org.claimtracker.correction.NeedsAttention;
import org.claimtracker.correction.ReviewQueue;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.statement.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The editors' review queue (least confident unreviewed statements first) and the corrections needing attention. */
@Controller
class ReviewController {

    private final ReviewQueue queue;
    private final NeedsAttention attention;
    private final Topics topics;

    ReviewController(ReviewQueue queue, NeedsAttention attention, Topics topics) {
        this.queue = queue;
        this.attention = attention;
        this.topics = topics;
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) String speaker, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > 10_000) {
            throw new InvalidParameterException("page", "page must be between 0 and 10000");
        }
        String kindName = null;
        if (kind != null && !kind.isBlank()) {
            try {
                kindName = StatementKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("kind", "kind must be DIRECT, INDIRECT or MIXED");
            }
        }
        ReviewQueue.Filter filter = new ReviewQueue.Filter(speaker, topic, kindName, source, page);
        String self = UriComponentsBuilder.fromPath("/review").queryParamIfPresent("speaker", present(speaker))
                .queryParamIfPresent("topic", present(topic)).queryParamIfPresent("kind", present(kindName))
                .queryParamIfPresent("source", present(source)).encode().build().toUriString();
        model.addAttribute("filter", filter);
        model.addAttribute("self", self);
        model.addAttribute("items", queue.unreviewed(filter));
        model.addAttribute("bySpeaker", queue.bySpeaker());
        model.addAttribute("byTopic", queue.byTopic());
        model.addAttribute("attention", attention.list());
        model.addAttribute("topics", topics.all());
        model.addAttribute("pageSize", ReviewQueue.PAGE_SIZE);
        return "review/queue";
    }

    private static java.util.Optional<String> present(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }
}
