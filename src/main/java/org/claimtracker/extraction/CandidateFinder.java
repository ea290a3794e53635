package org.claimtracker.extraction;

/** Stage 3: finds statement candidates (quotations with their attribution, reported speech) and stated roles. */
interface CandidateFinder {

    Candidates find(SegmentedText text);
}
