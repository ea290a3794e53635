package org.claimtracker.web;

import java.util.List;

import org.claimtracker.actor.ActorProfile;
import org.claimtracker.statement.PositionSeries;

/**
 * A speaker's page: who they are, their positions per topic over time (changes of stance flagged), and their
 * statements, filterable like /statements.
 */
record SpeakerView(ActorProfile profile, List<PositionSeries> positions, StanceChart chart,
        StatementBrowserView browser) {

    public List<RoleSummary> roles() {
        return RoleSummary.of(profile.roles());
    }

    /** True when the chart leaves out earlier statements of some topic. */
    public boolean recentOnly() {
        return positions.stream().anyMatch(p -> p.count() > chartMarks() || p.points().size() > chartMarks());
    }

    public int chartMarks() {
        return SpeakerController.CHART_MARKS;
    }

    public int recentPerTopic() {
        return org.claimtracker.statement.PositionHistory.RECENT_PER_SERIES;
    }

    public long changes() {
        return positions.stream().mapToLong(p -> p.changes().size()).sum();
    }

    public long mixedDays() {
        return positions.stream().mapToLong(p -> p.mixedDays().size()).sum();
    }
}
