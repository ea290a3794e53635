package org.claimtracker.web;

import java.util.List;

import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StatementPage;

/** A topic: every actor's stance on it over time, and the statements behind the chart. */
record TopicView(String code, String label, String description, StanceChart chart, List<PositionSeries> actors,
        StatementPage statements, String allStatementsUrl) {

    public long changes() {
        return actors.stream().mapToLong(p -> p.changes().size()).sum();
    }

    public long mixedDays() {
        return actors.stream().mapToLong(p -> p.mixedDays().size()).sum();
    }
}
