package org.claimtracker.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionPoint;

/**
 * A server-rendered SVG timeline of stances: one row per actor (or per topic), one mark per remark, placed at its
 * true date. It is laid out twice, for desktops and for phones (the page shows one by screen width), and comes with
 * the same data as a table, its text alternative. The template draws each stance with its own shape and colour so
 * the chart reads without colour too.
 *
 * @param table   every remark of every row, undated ones included, for the table under the chart
 * @param undated marks left out of the chart because neither the statement nor its article has a date
 */
record StanceChart(ChartLayout wide, ChartLayout narrow, List<TableRow> table, int undated) {

    /** One input row: a label, where it links, and its points. */
    record Series(String label, String href, List<PositionPoint> points) {
    }

    /** One row of the chart as a table: a series and its remarks, oldest first, undated last. */
    record TableRow(String label, String href, List<PositionPoint> points) {
    }

    static StanceChart of(List<Series> series) {
        LocalDate min = null;
        LocalDate max = null;
        int undated = 0;
        List<TableRow> table = new ArrayList<>();
        for (Series s : series) {
            for (PositionPoint p : s.points()) {
                if (p.date() == null) {
                    undated++;
                } else {
                    min = min == null || p.date().isBefore(min) ? p.date() : min;
                    max = max == null || p.date().isAfter(max) ? p.date() : max;
                }
            }
            table.add(new TableRow(s.label(), s.href(), s.points().stream()
                    .sorted(Comparator.comparing(PositionPoint::date, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList()));
        }
        return new StanceChart(ChartLayout.of(ChartFrame.WIDE, series, min, max),
                ChartLayout.of(ChartFrame.NARROW, series, min, max), table, undated);
    }

    static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }

    public int remarks() {
        return table.stream().mapToInt(r -> r.points().size()).sum();
    }

    public List<Stance> legend() {
        return List.of(Stance.values());
    }
}
