package org.claimtracker.extraction;

import java.util.List;

/** A sentence of a paragraph, with its tokens. Sentence ends inside a closed quotation are not sentence ends. */
record Sentence(int index, int paragraph, TextSpan span, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token starting at or after {@code offset} (tokens.size() when none). */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
