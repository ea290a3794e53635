package org.claimtracker.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimtracker.actor.ActorProfile;
import org.claimtracker.actor.ActorQueries;
import org.claimtracker.actor.SpeakerPage;
import org.claimtracker.actor.SpeakerSort;
import org.claimtracker.statement.InvalidParameterException;
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

    private final SpeakerAliases aliases;

    SpeakerController(ActorQueries actors, PositionHistory history, StatementBrowser browser,
            SpeakerAliases aliases) {
        this.aliases = aliases;
        this.actors = actors;
        this.history = history;
        this.browser = browser;
    }

    /** Marks per topic on a speaker's chart: their latest remarks, so a long history stays one readable chart. */
    static final int CHART_MARKS = 20;

    /** Speakers listed per page of the index. */
    static final int PAGE_SIZE = 100;

    @GetMapping("/speakers")
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        SpeakerSort order = sort == null || sort.isBlank() ? SpeakerSort.STATEMENTS
                : SpeakerSort.fromParameter(sort.strip()).orElseThrow(() -> new InvalidParameterException("sort",
                        "sort must be 'statements' or 'name'"));
        int pageNumber = PageNumber.parse(page);
        String query = q == null ? "" : q.strip();
        SpeakerIndexView view;
        if (query.isEmpty()) {
            SpeakerPage speakers = actors.index(order, pageNumber - 1, PAGE_SIZE);
            if (pageNumber > 1 && pageNumber > speakers.totalPages()) {
                throw new PageNotFoundException("page", pageNumber); // past the end: a 404, not an empty page
            }
            view = SpeakerIndexView.index(speakers, order);
        } else {
            view = SpeakerIndexView.search(query, actors.search(query));
        }
        model.addAttribute("view", view);
        return Htmx.view(request, response, "speakers/index", "speakers/index :: results");
    }

    @GetMapping("/speakers/{slug}")
    String show(@PathVariable String slug, @ModelAttribute("query") StatementQuery query,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<ActorProfile> found = actors.profile(slug);
        if (found.isEmpty()) {
            // a forgiving address: /speakers/zelensky leads to the actor whose name or alias that is
            return "redirect:/speakers/" + aliases.slugFor(slug)
                    .orElseThrow(() -> new PageNotFoundException("speaker", slug));
        }
        ActorProfile profile = found.get();
        StatementBrowserView statements = browser.browse("/speakers/" + slug, query, slug);
        if (statements.moved() && request.getHeader("HX-Request") == null) {
            return "redirect:" + statements.selfUrl();
        }
        model.addAttribute("browser", statements);
        Htmx.pushUrl(response, statements.selfUrl());
        String view = Htmx.view(request, response, "speakers/show", StatementFragments.of(request, model));
        if (view.equals("speakers/show")) {
            List<PositionSeries> positions = history.forActor(slug);
            StanceChart chart = StanceChart.of(positions.stream()
                    .map(p -> new StanceChart.Series(p.topicLabel(), "/topics/" + p.topicCode(),
                            p.points().subList(Math.max(0, p.points().size() - CHART_MARKS), p.points().size())))
                    .toList());
            model.addAttribute("view", new SpeakerView(profile, positions, chart, statements));
        }
        return view;
    }
}
