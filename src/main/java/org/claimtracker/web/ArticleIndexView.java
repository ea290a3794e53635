package org.claimtracker.web;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.article.ArticleIndexPage;
import org.claimtracker.article.OutletCount;

/**
 * The article index: one page of articles, the outlets the filter offers, the filter as given, and links to the
 * neighbouring pages (null at either end).
 */
record ArticleIndexView(ArticleIndexPage articles, List<OutletCount> outlets, String outlet, LocalDate from,
        LocalDate to, String previousUrl, String nextUrl) {

    public boolean isSelected(OutletCount option) {
        return outlet != null && option.name().equalsIgnoreCase(outlet);
    }
}
