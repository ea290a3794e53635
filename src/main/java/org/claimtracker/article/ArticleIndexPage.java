package org.claimtracker.article;

import java.util.List;

/** One page of the article index and the number of articles in the whole list. */
public record ArticleIndexPage(List<ArticleListing> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
