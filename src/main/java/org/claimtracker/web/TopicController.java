package org.claimtracker.web;

import java.util.List;
import java.util.Locale;

import org.claimtracker.statement.PositionHistory;
import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.topic.Topic;
import org.claimtracker.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

    private static final int STATEMENTS_SHOWN = 30;
    /** Marks per speaker on the topic's chart: their latest remarks, so twenty speakers stay one readable chart. */
    static final int CHART_MARKS = 8;

    private final TopicRepository topics;
    private final PositionHistory history;
    private final StatementSearch search;

    TopicController(TopicRepository topics, PositionHistory history, StatementSearch search) {
        this.topics = topics;
        this.history = history;
        this.search = search;
    }

    @GetMapping("/topics/{code}")
    String show(@PathVariable String code, Model model) {
        String canonical = code.toUpperCase(Locale.ROOT);
        if (!canonical.equals(code) && topics.existsById(canonical)) {
            // codes are upper case; /topics/ceasefire is the same topic, at its one address
            return "redirect:/topics/" + canonical;
        }
        Topic topic = topics.findById(code).orElseThrow(() -> new PageNotFoundException("topic", code));
        List<PositionSeries> actors = history.forTopic(topic.getCode());
        StanceChart chart = StanceChart.of(actors.stream()
                .map(a -> new StanceChart.Series(a.actorName(), "/speakers/" + a.actorSlug(),
                        a.points().subList(Math.max(0, a.points().size() - CHART_MARKS), a.points().size())))
                .toList());
        model.addAttribute("view", new TopicView(topic.getCode(), topic.getLabel(), topic.getDescription(), chart,
                actors, history.speakersOn(topic.getCode()), search.find(StatementFilter.all(STATEMENTS_SHOWN).withTopic(topic.getCode())),
                "/statements?topic=" + topic.getCode()));
        return "topics/show";
    }
}
