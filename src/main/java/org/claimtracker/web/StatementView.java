package org.claimtracker.web;

import java.util.List;

import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.Citation;
import org.claimtracker.statement.SimilarStatement;
import org.claimtracker.statement.StatementHit;

/**
 * One statement with its evidence: the paragraph(s) of the article around it with the words highlighted, and
 * other articles that report the same words, and how to cite it.
 */
record StatementView(StatementHit statement, List<TopicStance> stances, MarkedText excerpt, int parts,
        List<SimilarStatement> similar, Citation citation) {

    record TopicStance(String code, String label, Stance stance) {
    }
}
