package org.claimtracker.extraction;

import java.util.List;

/**
 * A statement found but not yet attributed: its kind and content spans, how the article names the speaker here
 * (null when nothing does, e.g. a follow-on quoted paragraph), the cue and how the candidate was found.
 */
record Candidate(StatementKind kind, List<TextSpan> parts, Mention mention, String cue, Origin origin,
        int sentence, int paragraph) {

    /** Which finding rule produced the candidate; attribution rules depend on it. */
    enum Origin {
        QUOTE_AFTER, QUOTE_BEFORE, FOLLOW_ON, TRANSCRIPT, QUOTE_BLOCK, REPORTED, REPORTED_BEFORE, ACCORDING_TO,
        /** A sentence in quotation marks that no rule attributed: the nearest speaker's, with low confidence. */
        QUOTE_FALLBACK,
        /** An assertive sentence of an official document printed whole: the issuing body's words. */
        DOCUMENT
    }

    Candidate {
        parts = List.copyOf(parts);
    }

    int start() {
        return parts.get(0).start();
    }
}
