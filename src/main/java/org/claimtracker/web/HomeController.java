package org.claimtracker.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.article.ArticleQueries;
import org.claimtracker.statement.PositionMatrix;
import org.claimtracker.statement.PositionMatrixQuery;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.topic.TopicQueries;
import org.claimtracker.topic.TopicSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** The topics the front page leads with: the 2025 negotiations the first corpus follows. */
    static final List<String> HEADLINE_TOPICS = List.of("CEASEFIRE", "SECURITY_GUARANTEES", "MINERALS_DEAL");
    private static final int RECENT = 8;
    private static final int ACTORS_PER_TOPIC = 5;

    private final TopicQueries topics;
    private final StatementSearch search;
    private final ArticleQueries articles;
    private final PositionMatrixQuery matrices;

    HomeController(TopicQueries topics, StatementSearch search, ArticleQueries articles, PositionMatrixQuery matrices) {
        this.matrices = matrices;
        this.topics = topics;
        this.search = search;
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Model model) {
        // stored standing positions: the front page judges nothing itself
        Map<String, List<PositionMatrix.Row>> latest = matrices.latestSpeakers(HEADLINE_TOPICS, ACTORS_PER_TOPIC);
        // labels and kept counts of every topic in one query, the headline ones in their order
        Map<String, TopicSummary> summaries = new HashMap<>();
        topics.summaries().forEach(t -> summaries.put(t.code(), t));
        List<HomeView.HeadlineTopic> headline = HEADLINE_TOPICS.stream()
                .filter(summaries::containsKey)
                .map(code -> {
                    TopicSummary t = summaries.get(code);
                    return new HomeView.HeadlineTopic(code, t.label(), t.description(),
                            latest.get(code).stream().map(row -> HomeView.ActorStance.of(row, code)).toList(),
                            (int) t.speakers(), t.statements());
                })
                .toList();
        model.addAttribute("view", new HomeView(headline, search.items(StatementFilter.all(RECENT)),
                articles.coverage()));
        return "home/index";
    }
}
