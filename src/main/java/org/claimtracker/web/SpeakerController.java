package org.claimtracker.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimtracker.actor.ActorProfile;
import org.claimtracker.actor.ActorQueries;
import org.claimtracker.statement.PositionHistory;
import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StatementQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SpeakerController {

    private final ActorQueries actors;
    private final PositionHistory history;
    private final StatementBrowser browser;

    SpeakerController(ActorQueries actors, PositionHistory history, StatementBrowser browser) {
        this.actors = actors;
        this.history = history;
        this.browser = browser;
    }

    @GetMapping("/speakers")
    String index(@RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        model.addAttribute("view", new SpeakerIndexView(q == null ? "" : q.strip(), actors.search(q)));
        return Htmx.view(request, response, "speakers/index", "speakers/index :: results");
    }

    @GetMapping("/speakers/{slug}")
    String show(@PathVariable String slug, @ModelAttribute("query") StatementQuery query,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ActorProfile profile = actors.profile(slug).orElseThrow(() -> new PageNotFoundException("speaker", slug));
        StatementBrowserView statements = browser.browse("/speakers/" + slug, query, slug);
        model.addAttribute("browser", statements);
        Htmx.pushUrl(response, statements.selfUrl());
        String view = Htmx.view(request, response, "speakers/show", StatementFragments.of(request));
        if (view.equals("speakers/show")) {
            List<PositionSeries> positions = history.forActor(slug);
            StanceChart chart = StanceChart.of(positions.stream()
                    .map(p -> new StanceChart.Series(p.topicLabel(), "/topics/" + p.topicCode(), p.points()))
                    .toList());
            model.addAttribute("view", new SpeakerView(profile, positions, chart, statements));
        }
        return view;
    }
}
