package org.claimtracker.web;

import org.claimtracker.statement.InvalidParameterException;

/** The {@code page} parameter of an index: blank is the first page; anything but a whole number from 1 is a 400. */
final class PageNumber {

    private PageNumber() {
    }

    static int parse(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("page", "page must be a whole number, 1 or more");
    }
}
