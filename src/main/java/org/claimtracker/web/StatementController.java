package org.claimtracker.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Citation;
import org.claimtracker.statement.SimilarStatements;
import org.claimtracker.statement.Statement;
import org.claimtracker.statement.StatementHit;
import org.claimtracker.statement.StatementQuery;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.statement.StatementSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class StatementController {

    /** Paragraphs shown before and after the ones holding the statement. */
    private static final int EXCERPT_CONTEXT = 1;

    private final StatementBrowser browser;
    private final StatementSearch search;
    private final StatementRepository statements;
    private final ArticleRepository articles;
    private final SimilarStatements similar;
    private final Topics topics;
    private final Clock clock;
    private final StatementReviewPanel reviewPanel;

    StatementController(StatementBrowser browser, StatementSearch search, StatementRepository statements,
            ArticleRepository articles, SimilarStatements similar, Topics topics, Clock clock,
            StatementReviewPanel reviewPanel) {
        this.clock = clock;
        this.reviewPanel = reviewPanel;
        this.browser = browser;
        this.search = search;
        this.statements = statements;
        this.articles = articles;
        this.similar = similar;
        this.topics = topics;
    }

    @GetMapping("/statements")
    String list(@ModelAttribute("query") StatementQuery query, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        StatementBrowserView view = browser.browse("/statements", query, null);
        if (view.moved() && request.getHeader("HX-Request") == null) {
            return "redirect:" + view.selfUrl();
        }
        model.addAttribute("browser", view);
        Htmx.pushUrl(response, view.selfUrl());
        return Htmx.view(request, response, "statements/list", StatementFragments.of(request, model));
    }

    @GetMapping("/statements/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        StatementHit hit = search.findById(id).orElseThrow(() -> new PageNotFoundException("statement", id));
        Statement statement = statements.findById(id).orElseThrow(() -> new PageNotFoundException("statement", id));
        Article article = articles.findById(hit.articleId())
                .orElseThrow(() -> new PageNotFoundException("article", hit.articleId()));
        List<TextSpan> parts = statement.parts();
        MarkedText excerpt = MarkedText.around(article.getBody(),
                List.of(new MarkedText.Mark(id, parts, null)), hit.start(), hit.end(), EXCERPT_CONTEXT);
        Map<String, String> labels = topics.all().stream()
                .collect(Collectors.toMap(TopicOption::code, TopicOption::label));
        List<StatementView.TopicStance> stances = hit.stances().entrySet().stream()
                .map(e -> new StatementView.TopicStance(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()))
                .toList();
        String permalink = ServletUriComponentsBuilder.fromCurrentContextPath().path("/statements/{id}")
                .buildAndExpand(id).toUriString();
        Citation citation = Citation.of(hit, permalink, LocalDate.now(clock));
        model.addAttribute("review", reviewPanel.of(id, hit.stances(), request.isUserInRole("EDITOR")));
        model.addAttribute("view", new StatementView(hit, stances, excerpt, parts.size(), similar.of(id), citation));
        return "statements/show";
    }
}
