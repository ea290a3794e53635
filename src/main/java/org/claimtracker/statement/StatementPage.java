package org.claimtracker.statement;

import java.util.List;

/** One page of a statement list and the size of the whole list. */
public record StatementPage(List<StatementHit> items, int page, int size, long total) {

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
