package org.claimtracker.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The input of extraction: an article's normalised body, the name it is known by, its publication date when known,
 * and who published it when its metadata says. Every offset extraction reports points into {@code body}.
 *
 * @param publisher the outlet as the article's metadata names it ("Reuters", "The White House"): a body that
 *                  publishes its own release is the speaker of its unattributed sentences; null when unknown
 */
public record ArticleText(String source, String body, LocalDate date, String publisher) {

    public ArticleText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }

    public ArticleText(String source, String body, LocalDate date) {
        this(source, body, date, null);
    }
}
