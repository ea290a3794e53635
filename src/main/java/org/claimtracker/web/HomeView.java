package org.claimtracker.web;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.article.CorpusCoverage;
import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionMatrix;
import org.claimtracker.statement.PositionPoint;
import org.claimtracker.statement.StandingPosition;
import org.claimtracker.statement.StatementHit;

/** The front page: who said what on the headline topics, the latest statements, and what the corpus covers. */
record HomeView(List<HeadlineTopic> topics, List<StatementHit> recent, CorpusCoverage coverage) {

    /**
     * @param actors     the actors who spoke on the topic most recently, with their latest stance
     * @param speakers   how many actors took a position on the topic in all
     * @param statements statements with a position on the topic, by anyone
     */
    record HeadlineTopic(String code, String label, String description, List<ActorStance> actors, int speakers,
            long statements) {
    }

    /**
     * Where an actor stands on a topic and the statement that best shows it, flattened for the page.
     *
     * @param stance  null when the actor's most recent statements disagree (mixed)
     * @param backing how many of the most recent statements take that stance
     * @param count   the actor's statements on the topic
     */
    record ActorStance(String slug, String name, Stance stance, boolean tentative, int backing, long statementId,
            String quote, LocalDate date, String outlet, int count) {

        static ActorStance of(PositionMatrix.Row row, String topicCode) {
            PositionMatrix.Cell cell = row.cell(topicCode);
            StandingPosition standing = cell.standing();
            PositionPoint quote = standing.quote();
            return new ActorStance(row.actorSlug(), row.actorName(), standing.stance(), standing.tentative(),
                    standing.statements(), quote.statementId(), quote.content(), quote.date(), quote.outlet(),
                    cell.count());
        }

        public boolean mixed() {
            return stance == null;
        }
    }
}
