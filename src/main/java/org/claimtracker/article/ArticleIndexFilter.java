package org.claimtracker.article;

import java.time.LocalDate;

/**
 * Which articles to list: every criterion optional; {@code page} counts from 0.
 *
 * @param outlet matched case-insensitively
 */
public record ArticleIndexFilter(String outlet, LocalDate from, LocalDate to, int page, int size) {

    public ArticleIndexFilter {
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must not be negative and size must be positive");
        }
    }
}
