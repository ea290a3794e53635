package org.claimtracker.web;

import java.util.List;

import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StatementPage;

/**
 * A topic: the stance over time of the actors who spoke on it most recently, and the statements behind the chart.
 *
 * @param actors   the most recent speakers' series, each of their most recent statements
 * @param speakers how many actors took a position on the topic in all
 */
record TopicView(String code, String label, String description, StanceChart chart, List<PositionSeries> actors,
        int speakers, StatementPage statements, String allStatementsUrl) {

    /** True when the chart leaves out speakers, or earlier remarks of a speaker. */
    public boolean chartAbridged() {
        return moreSpeakers() || actors.stream().anyMatch(a -> a.points().size() > chartMarks());
    }

    public int chartMarks() {
        return TopicController.CHART_MARKS;
    }

    public int recentPerSpeaker() {
        return org.claimtracker.statement.PositionHistory.RECENT_PER_SERIES;
    }

    /** True when the chart leaves out speakers who spoke on the topic less recently. */
    public boolean moreSpeakers() {
        return speakers > actors.size();
    }

    public long changes() {
        return actors.stream().mapToLong(p -> p.changes().size()).sum();
    }

    public long mixedDays() {
        return actors.stream().mapToLong(p -> p.mixedDays().size()).sum();
    }
}
