package org.claimtracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page links under a list: first, previous, a window of numbered pages around the current one, next and last,
 * plus what a page-jump form needs (the other parameters as hidden fields). Page numbers count from 1.
 *
 * @param last     the last page when {@code lastKnown}, else the last page known to exist (more follow)
 * @param lastKnown whether the list was counted to its end; a capped count knows only that more pages follow, so
 *                  there is no link to a last page, and a gap after the highest number shown says there are more
 * @param hidden the list's parameters other than {@code page}, for the page-jump form to send again
 */
record Pagination(int current, int last, boolean lastKnown, String firstUrl, String previousUrl, String nextUrl,
        String lastUrl, List<PageLink> pages, List<Map.Entry<String, String>> hidden) {

    /** Numbered pages shown either side of the current one. */
    static final int WINDOW = 2;

    /** One numbered link; {@code gap} marks an ellipsis between non-adjacent numbers instead of a link. */
    record PageLink(int number, String url, boolean current, boolean gap) {
    }

    /**
     * @param current the page shown, from 1
     * @param last    the number of pages, at least 1
     */
    static Pagination of(int current, int last, QueryParams params, String basePath) {
        QueryParams unpaged = params.without("page");
        List<PageLink> pages = new ArrayList<>();
        int from = Math.max(1, current - WINDOW);
        int to = Math.min(last, current + WINDOW);
        if (from > 1) {
            pages.add(link(1, current, unpaged, basePath));
            if (from > 2) {
                pages.add(new PageLink(0, null, false, true));
            }
        }
        for (int n = from; n <= to; n++) {
            pages.add(link(n, current, unpaged, basePath));
        }
        if (to < last) {
            if (to < last - 1) {
                pages.add(new PageLink(0, null, false, true));
            }
            pages.add(link(last, current, unpaged, basePath));
        }
        return new Pagination(current, last, true,
                current > 1 ? url(1, unpaged, basePath) : null,
                current > 1 ? url(current - 1, unpaged, basePath) : null,
                current < last ? url(current + 1, unpaged, basePath) : null,
                current < last ? url(last, unpaged, basePath) : null,
                pages, unpaged.pairs());
    }

    /**
     * The links of a list whose count stopped at a cap: numbers around the current page, never past the pages known
     * to exist, then a gap; a next page always (a capped count means more rows follow the counted ones).
     *
     * @param known the pages the counted rows fill, at least {@code current}
     */
    static Pagination openEnded(int current, int known, QueryParams params, String basePath) {
        QueryParams unpaged = params.without("page");
        int highest = Math.max(current, known);
        List<PageLink> pages = new ArrayList<>();
        int from = Math.max(1, current - WINDOW);
        if (from > 1) {
            pages.add(link(1, current, unpaged, basePath));
            if (from > 2) {
                pages.add(new PageLink(0, null, false, true));
            }
        }
        for (int n = from; n <= Math.min(highest, current + WINDOW); n++) {
            pages.add(link(n, current, unpaged, basePath));
        }
        pages.add(new PageLink(0, null, false, true));
        return new Pagination(current, highest, false,
                current > 1 ? url(1, unpaged, basePath) : null,
                current > 1 ? url(current - 1, unpaged, basePath) : null,
                url(current + 1, unpaged, basePath), null, pages, unpaged.pairs());
    }

    private static PageLink link(int number, int current, QueryParams unpaged, String basePath) {
        return new PageLink(number, url(number, unpaged, basePath), number == current, false);
    }

    /** Page 1 is the list's own address, without a page parameter. */
    private static String url(int number, QueryParams unpaged, String basePath) {
        return number == 1 ? unpaged.url(basePath) : unpaged.with("page", String.valueOf(number)).url(basePath);
    }
}
