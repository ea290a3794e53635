package org.claimtracker.extraction;

import java.util.Optional;

/**
 * One sieve of attribution: it decides a candidate's speaker when it is confident, or passes. The first rule that
 * decides wins, and its name is recorded as {@code decidedBy}.
 */
interface AttributionRule {

    /** A decision: the speaker (null for an unnamed source) and how sure the rule is. */
    record Decision(Speaker speaker, double confidence) {
    }

    String name();

    Optional<Decision> decide(Candidate candidate, ArticleActors actors);
}
