package org.claimtracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionPoint;

/**
 * A server-rendered SVG timeline of stances: one row per actor (or per topic), one mark per remark, placed at its
 * true date; marks of the same day stack vertically at that date (the row grows to hold them). The template draws
 * each stance with its own shape and colour so the chart reads without colour too.
 *
 * @param undated marks left out because neither the statement nor its article has a date
 */
record StanceChart(int width, int height, int plotLeft, int plotRight, List<Row> rows, List<Tick> ticks,
        int undated) {

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 190;
    static final int ROW_HEIGHT = 30;
    static final int AXIS_HEIGHT = 28;
    private static final int RIGHT_PADDING = 16;
    /** Vertical distance between marks of the same day, stacked at that day's x. */
    static final int STACK_STEP = 11;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    record Row(String label, String href, int y, List<ChartMark> marks) {
    }

    /** @param title the tooltip: date, stance and the words */
    record ChartMark(double x, double y, Stance stance, long statementId, String title) {

        public String shape() {
            return stance.name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param anchor SVG text-anchor: labels at the edges align inwards so they are not cut off */
    record Tick(double x, String label, String anchor) {
    }

    /** One input row: a label, where it links, and its points. */
    record Series(String label, String href, List<PositionPoint> points) {
    }

    static StanceChart of(List<Series> series) {
        LocalDate min = null;
        LocalDate max = null;
        for (Series s : series) {
            for (PositionPoint p : s.points()) {
                if (p.date() != null) {
                    min = min == null || p.date().isBefore(min) ? p.date() : min;
                    max = max == null || p.date().isAfter(max) ? p.date() : max;
                }
            }
        }
        int plotLeft = LABEL_WIDTH;
        int plotRight = WIDTH - RIGHT_PADDING;
        List<Row> rows = new ArrayList<>();
        int undated = 0;
        int top = AXIS_HEIGHT;
        for (Series s : series) {
            Map<LocalDate, List<PositionPoint>> byDay = new TreeMap<>();
            for (PositionPoint p : s.points()) {
                if (p.date() == null) {
                    undated++;
                } else {
                    byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
                }
            }
            int stack = byDay.values().stream().mapToInt(List::size).max().orElse(1);
            // a row grows to hold its tallest same-day stack, so every mark keeps its true date
            int height = Math.max(ROW_HEIGHT, stack * STACK_STEP + ROW_HEIGHT - STACK_STEP);
            int y = top + height / 2;
            List<ChartMark> marks = new ArrayList<>();
            for (List<PositionPoint> day : byDay.values()) {
                for (int k = 0; k < day.size(); k++) {
                    PositionPoint p = day.get(k);
                    double markY = y + (k - (day.size() - 1) / 2.0) * STACK_STEP;
                    String also = day.size() > 1 ? " (" + (k + 1) + " of " + day.size() + " that day)" : "";
                    marks.add(new ChartMark(x(p.date(), min, max, plotLeft, plotRight), markY, p.stance(),
                            p.statementId(), TITLE.format(p.date()) + also + " · " + Labels.stance(p.stance()) + ": "
                                    + shorten(p.content())));
                }
            }
            rows.add(new Row(s.label(), s.href(), y, marks));
            top += height;
        }
        int height = Math.max(top, AXIS_HEIGHT + ROW_HEIGHT) + 8;
        return new StanceChart(WIDTH, height, plotLeft, plotRight, rows, ticks(min, max, plotLeft, plotRight),
                undated);
    }

    /** Where a date falls on the axis: proportional to the days since the first date, nothing else. */
    static double x(LocalDate date, LocalDate min, LocalDate max, int left, int right) {
        long span = ChronoUnit.DAYS.between(min, max);
        if (span == 0) {
            return (left + right) / 2.0;
        }
        return left + 8 + (right - left - 16) * (double) ChronoUnit.DAYS.between(min, date) / span;
    }

    /** Month starts inside the range, thinned to at most six; the range's ends when it spans under a month. */
    private static List<Tick> ticks(LocalDate min, LocalDate max, int left, int right) {
        List<Tick> ticks = new ArrayList<>();
        if (min == null) {
            return ticks;
        }
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate d = min.withDayOfMonth(1).plusMonths(min.getDayOfMonth() == 1 ? 0 : 1); !d.isAfter(max);
                d = d.plusMonths(1)) {
            months.add(d);
        }
        if (months.size() < 2) {
            months = Objects.equals(min, max) ? List.of(min) : List.of(min, max);
        }
        int step = (months.size() + 5) / 6;
        for (int i = 0; i < months.size(); i += step) {
            double x = x(months.get(i), min, max, left, right);
            String anchor = x > right - 40 ? "end" : x < left + 40 ? "start" : "middle";
            ticks.add(new Tick(x, TICK.format(months.get(i)), anchor));
        }
        return ticks;
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }

    public List<Stance> legend() {
        return List.of(Stance.values());
    }
}
