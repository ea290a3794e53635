package org.claimtracker.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label lists and citations give an article: its title when a source named one, else its first sentence, so a
 * file name never stands in for a headline. A first paragraph with no sentence end in its first 160 characters is
 * cut at the last word boundary before them, with an ellipsis. Migration V2 applies the same rule in SQL to articles
 * stored before it and to rows written without a headline.
 */
public final class ArticleHeadline {

    static final int MAX_LENGTH = 160;
    /** At least 20 characters before the full stop, so "Mr." or "U.S." does not end the first sentence. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{20," + MAX_LENGTH + "}?[.!?])(?:\\s|$)");

    private ArticleHeadline() {
    }

    public static String of(String title, String body) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String firstParagraph = body.strip().split("\n", 2)[0];
        Matcher sentence = FIRST_SENTENCE.matcher(firstParagraph);
        if (sentence.find()) {
            return sentence.group(1);
        }
        if (firstParagraph.length() <= MAX_LENGTH) {
            return firstParagraph;
        }
        String cut = firstParagraph.substring(0, MAX_LENGTH);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > 0 ? cut.substring(0, lastSpace) : cut).stripTrailing() + "…";
    }
}
