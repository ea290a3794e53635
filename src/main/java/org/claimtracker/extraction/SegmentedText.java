package org.claimtracker.extraction;

import java.util.List;

/** The second stage's output: the quoted text split into sentences. */
record SegmentedText(QuotedText quoted, List<Sentence> sentences) {

    SegmentedText {
        sentences = List.copyOf(sentences);
    }

    String body() {
        return quoted.body();
    }

    /** The sentence holding {@code offset}, or null. */
    Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.span().end() <= offset) {
                lo = mid + 1;
            } else if (s.span().start() > offset) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
