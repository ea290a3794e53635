package org.claimtracker.extraction;

import java.util.List;

/**
 * The third stage's output: the candidates in text order, and every proper name the article uses (with the role
 * given beside it, if any), which the attribution rules read to resolve surnames, titles and pronouns.
 */
record Candidates(SegmentedText text, List<Candidate> candidates, List<Mention> names) {

    Candidates {
        candidates = List.copyOf(candidates);
        names = List.copyOf(names);
    }
}
