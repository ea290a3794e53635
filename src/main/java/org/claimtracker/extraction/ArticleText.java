package org.claimtracker.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The input of extraction: an article's normalised body, the name it is known by, and its publication date when
 * known. Every offset extraction reports points into {@code body}.
 */
public record ArticleText(String source, String body, LocalDate date) {

    public ArticleText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }
}
