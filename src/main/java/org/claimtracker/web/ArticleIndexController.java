package org.claimtracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.claimtracker.article.ArticleIndex;
import org.claimtracker.article.ArticleIndexFilter;
import org.claimtracker.article.ArticleIndexPage;
import org.claimtracker.article.ArticleQueries;
import org.claimtracker.statement.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /articles}: every article, newest first, filtered by outlet and publication dates, a page at a time. */
@Controller
class ArticleIndexController {

    static final int PAGE_SIZE = 25;

    private final ArticleIndex index;
    private final ArticleQueries queries;

    ArticleIndexController(ArticleIndex index, ArticleQueries queries) {
        this.index = index;
        this.queries = queries;
    }

    @GetMapping("/articles")
    String index(@RequestParam(required = false) String outlet, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidParameterException("from", "from (" + from + ") is after to (" + to + ")");
        }
        int pageNumber = pageNumber(page);
        ArticleIndexPage articles = index.find(new ArticleIndexFilter(outlet, fromDate, toDate, pageNumber - 1,
                PAGE_SIZE));
        if (pageNumber > 1 && pageNumber > articles.totalPages()) {
            // a page past the end is a 404 page, never "Page 999 of 2" over an empty list
            throw new PageNotFoundException("page", pageNumber);
        }
        QueryParams params = QueryParams.of("outlet", outlet, "from", from, "to", to);
        model.addAttribute("view", new ArticleIndexView(articles, queries.outlets(),
                blankToNull(outlet), fromDate, toDate,
                articles.hasPrevious() ? params.with("page", String.valueOf(pageNumber - 1)).url("/articles") : null,
                articles.hasNext() ? params.with("page", String.valueOf(pageNumber + 1)).url("/articles") : null));
        return "articles/index";
    }

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number < 1) {
                throw new InvalidParameterException("page", "page must be 1 or more");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("page", "page must be a whole number, not '" + page + "'");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
