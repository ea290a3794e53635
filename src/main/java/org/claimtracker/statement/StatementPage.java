package org.claimtracker.statement;

import java.util.List;

/**
 * One page of a statement list and the size of the whole list.
 *
 * @param total      the number of matching statements when {@code totalExact}, else a lower bound: long lists are
 *                   counted only up to a cap (and past the page asked for), as counting a million rows per request
 *                   costs more than the page itself
 * @param totalExact whether {@code total} is the exact number
 */
public record StatementPage(List<StatementHit> items, int page, int size, long total, boolean totalExact) {

    public StatementPage(List<StatementHit> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /** The pages known to exist: all of them when the total is exact, else those the counted rows fill. */
    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages() || !totalExact;
    }
}
