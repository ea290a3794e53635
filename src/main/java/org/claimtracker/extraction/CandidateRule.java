package org.claimtracker.extraction;

/**
 * One construction of candidate finding (transcript turns, a quotation with its attribution, reported speech, ...),
 * made for one article's pass ({@link CandidateRun}); it adds the candidates it finds and claims the quotations and
 * verbs it used, so that the rules after it do not reuse them.
 */
interface CandidateRule {

    void apply();
}
