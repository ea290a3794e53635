package org.claimtracker.correction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Statement;

/**
 * Finds, among an article's statements after a re-extraction, the one a correction was made on: the statement at
 * the anchored span, else the one saying the anchored text, else the one overlapping most where that text stands in
 * the body.
 */
final class StatementLocator {

    private StatementLocator() {
    }

    /** The statement at the anchor's span or with its exact text. */
    static Optional<Statement> exact(List<Statement> statements, Correction correction) {
        TextSpan anchor = correction.anchor();
        return statements.stream().filter(s -> s.span().equals(anchor)).findFirst()
                .or(() -> statements.stream().filter(s -> s.getContent().equals(correction.getAnchorText()))
                        .findFirst());
    }

    static Optional<Statement> locate(List<Statement> statements, String body, Correction correction) {
        return exact(statements, correction).or(() -> textIn(body, correction).flatMap(where -> statements.stream()
                .filter(s -> overlap(s.span(), where) > 0)
                .max(Comparator.comparingInt(s -> overlap(s.span(), where)))));
    }

    /** Where the anchored text stands in the body: at the anchor if it still reads the same, else its first use. */
    static Optional<TextSpan> textIn(String body, Correction correction) {
        TextSpan anchor = correction.anchor();
        String text = correction.getAnchorText();
        if (anchor.end() <= body.length() && anchor.of(body).equals(text)) {
            return Optional.of(anchor);
        }
        int at = body.indexOf(text);
        return at < 0 ? Optional.empty() : Optional.of(new TextSpan(at, at + text.length()));
    }

    private static int overlap(TextSpan a, TextSpan b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
