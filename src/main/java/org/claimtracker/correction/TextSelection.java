package org.claimtracker.correction;

import java.util.Optional;

import org.claimtracker.extraction.TextSpan;

/**
 * Turns text an editor selected on the article page into offsets in the article body. The browser's idea of where
 * the selection starts is only a hint (its rendering drops paragraph breaks and adds speaker labels); the server
 * takes the occurrence of the exact text nearest to it, so the offsets always point at those words.
 */
public final class TextSelection {

    private TextSelection() {
    }

    /** The span of {@code text} in {@code body} nearest {@code hint} (or the first, without one); empty if absent. */
    public static Optional<TextSpan> locate(String body, String text, Integer hint) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        int best = -1;
        for (int at = body.indexOf(wanted); at >= 0; at = body.indexOf(wanted, at + 1)) {
            if (best < 0 || (hint != null && Math.abs(at - hint) < Math.abs(best - hint))) {
                best = at;
            }
            if (hint == null) {
                break;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new TextSpan(best, best + wanted.length()));
    }
}
