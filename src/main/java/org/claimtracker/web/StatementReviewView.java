package org.claimtracker.web;

import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.Stance;

/**
 * The editorial side of a statement page: its marks and correction history for everyone, and for editors the
 * choices the correction forms offer.
 */
record StatementReviewView(boolean verified, boolean corrected, List<CorrectionEntry> history, boolean editor,
        List<ActorChoice> actors, List<TopicOption> topics, Map<String, Stance> stances) {

    record ActorChoice(String slug, String name) {
    }
}
