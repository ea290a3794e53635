package org.claimtracker.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.claimtracker.article.ArticleQueries;
import org.claimtracker.statement.PositionHistory;
import org.claimtracker.statement.PositionMatrix;
import org.claimtracker.statement.PositionMatrixQuery;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.topic.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** The topics the front page leads with: the 2025 negotiations the first corpus follows. */
    static final List<String> HEADLINE_TOPICS = List.of("CEASEFIRE", "SECURITY_GUARANTEES", "MINERALS_DEAL");
    private static final int RECENT = 8;
    private static final int ACTORS_PER_TOPIC = 5;

    private final TopicRepository topics;
    private final PositionHistory history;
    private final StatementSearch search;
    private final ArticleQueries articles;
    private final PositionMatrixQuery matrices;

    HomeController(TopicRepository topics, PositionHistory history, StatementSearch search, ArticleQueries articles,
            PositionMatrixQuery matrices) {
        this.matrices = matrices;
        this.topics = topics;
        this.history = history;
        this.search = search;
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Model model) {
        // stored standing positions: the front page judges nothing itself
        Map<String, List<PositionMatrix.Row>> latest = matrices.latestSpeakers(HEADLINE_TOPICS, ACTORS_PER_TOPIC);
        Map<String, Long> statements = history.statementsPerTopic();
        Map<String, Integer> speakers = history.speakersPerTopic();
        List<HomeView.HeadlineTopic> headline = topics.findAllById(HEADLINE_TOPICS).stream()
                .sorted(Comparator.comparingInt(t -> HEADLINE_TOPICS.indexOf(t.getCode())))
                .map(t -> {
                    List<PositionMatrix.Row> actors = latest.get(t.getCode());
                    return new HomeView.HeadlineTopic(t.getCode(), t.getLabel(), t.getDescription(),
                            actors.stream().map(row -> HomeView.ActorStance.of(row, t.getCode())).toList(),
                            speakers.getOrDefault(t.getCode(), 0), statements.getOrDefault(t.getCode(), 0L));
                })
                .toList();
        model.addAttribute("view", new HomeView(headline, search.items(StatementFilter.all(RECENT)),
                articles.coverage()));
        return "home/index";
    }
}
