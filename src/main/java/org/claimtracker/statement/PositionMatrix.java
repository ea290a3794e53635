package org.claimtracker.statement;

import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.Stance;

/**
 * Actors by topics: each cell holds where the actor stands on the topic and how many statements there are.
 *
 * @param topics every topic, in topic order, whether or not anyone took a position on it
 * @param rows     one page of the actors with at least one position, those with the most statements first
 * @param page     the page, from 0
 * @param pageSize actors per page
 * @param speakers actors with at least one position, on all pages
 */
public record PositionMatrix(List<TopicRef> topics, List<Row> rows, int page, int pageSize, long speakers) {

    public PositionMatrix {
        topics = List.copyOf(topics);
        rows = List.copyOf(rows);
    }

    public int totalPages() {
        return (int) Math.max(1, (speakers + pageSize - 1) / pageSize);
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
     * @param standing the stance of the actor's most recent confident statements, with the quote that shows it
     * @param count    statements of the actor with a position on the topic
     * @param counts   of all the actor's statements on the topic, how many take each stance
     */
    public record Cell(StandingPosition standing, int count, Map<Stance, Integer> counts) {
    }
}
