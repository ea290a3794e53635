package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.Stance;

/**
 * Actors by topics: each cell holds the actor's latest stance on the topic and how many statements support it.
 *
 * @param topics every topic, in topic order, whether or not anyone took a position on it
 * @param rows   actors with at least one position, those with the most positions first
 */
public record PositionMatrix(List<TopicRef> topics, List<Row> rows) {

    public PositionMatrix {
        topics = List.copyOf(topics);
        rows = List.copyOf(rows);
    }

    public record TopicRef(String code, String label) {
    }

    /** @param cells topic code to cell; topics the actor never took a position on are absent */
    public record Row(String actorSlug, String actorName, Map<String, Cell> cells) {

        public Cell cell(String topicCode) {
            return cells.get(topicCode);
        }
    }

    /**
     * @param latest            the stance of the most recent statement
     * @param latestStatementId that statement
     * @param count             statements of the actor with a position on the topic
     * @param counts            of those, how many take each stance
     */
    public record Cell(Stance latest, LocalDate latestDate, long latestStatementId, int count,
            Map<Stance, Integer> counts) {
    }
}
