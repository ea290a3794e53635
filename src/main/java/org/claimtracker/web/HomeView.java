package org.claimtracker.web;

import java.util.List;

import org.claimtracker.article.CorpusCoverage;
import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StatementHit;

/** The front page: who said what on the headline topics, the latest statements, and what the corpus covers. */
record HomeView(List<HeadlineTopic> topics, List<StatementHit> recent, CorpusCoverage coverage) {

    /**
     * @param actors     every actor with a position on the topic, the most recent speaker first
     * @param statements statements with a position on the topic, by anyone
     */
    record HeadlineTopic(String code, String label, String description, List<PositionSeries> actors,
            long statements) {
    }
}
