package org.claimtracker.extraction;

/** Stage 4: decides each candidate's speaker. */
interface Attributor {

    AttributedText attribute(Candidates candidates);
}
