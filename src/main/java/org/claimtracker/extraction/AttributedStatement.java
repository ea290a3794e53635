package org.claimtracker.extraction;

/** A candidate with its speaker decided: who, by which rule, how surely. The speaker is null for unnamed sources. */
record AttributedStatement(Candidate candidate, Speaker speaker, String decidedBy, double confidence) {
}
