package org.claimtracker.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionPoint;
import org.claimtracker.web.StanceChart.Series;

/**
 * A stance chart drawn in one {@link ChartFrame}: one row per series, one mark per dated remark at its true date;
 * marks of the same day stack at that date and the row grows to hold them.
 */
record ChartLayout(int width, int height, int plotLeft, int plotRight, boolean labelsAbove, List<Row> rows,
        List<Tick> ticks) {

    static final int ROW_HEIGHT = 30;
    static final int AXIS_HEIGHT = 28;
    /** Vertical distance between marks of the same day, stacked at that day's x. */
    static final int STACK_STEP = 11;
    static final int LINE_HEIGHT = 15;
    /** Room above a row's line for its name when names sit above rows. */
    static final int NAME_ROOM = 18;

    /**
     * @param lines the name as drawn: wrapped, and cut short with an ellipsis when too long for the frame
     * @param label the full name, for the tooltip and the link's accessible name
     * @param nameY the baseline of the name's first line
     */
    record Row(List<String> lines, String label, String href, double nameY, int y, List<ChartMark> marks) {

        public boolean shortened() {
            return !String.join(" ", lines).equals(label);
        }
    }

    /** @param title the words a mark shows on hover and focus: date, stance and the words */
    record ChartMark(double x, double y, Stance stance, long statementId, String title) {

        public String shape() {
            return stance.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param anchor SVG text-anchor: labels at the edges align inwards so they are not cut off
     * @param left   where the label's box starts, as estimated when the ticks were thinned
     * @param right  where it ends
     */
    record Tick(double x, String label, String anchor, double left, double right) {
    }

    static ChartLayout of(ChartFrame frame, List<Series> series, LocalDate min, LocalDate max) {
        List<Row> rows = new ArrayList<>();
        int top = AXIS_HEIGHT;
        for (Series s : series) {
            Map<LocalDate, List<PositionPoint>> byDay = new TreeMap<>();
            for (PositionPoint p : s.points()) {
                if (p.date() != null) {
                    byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
                }
            }
            List<String> lines = RowName.wrap(s.label(), frame.lineChars(), frame.maxLines());
            int stack = byDay.values().stream().mapToInt(List::size).max().orElse(1);
            int band = Math.max(ROW_HEIGHT, stack * STACK_STEP + ROW_HEIGHT - STACK_STEP);
            int height;
            int y;
            double nameY;
            if (frame.labelsAbove()) {
                height = NAME_ROOM + band - 6;
                y = top + NAME_ROOM + (band - 6) / 2;
                nameY = top + 13;
            } else {
                // a row grows to hold its tallest same-day stack and its wrapped name
                height = Math.max(band, lines.size() * LINE_HEIGHT + 12);
                y = top + height / 2;
                nameY = y + 4 - (lines.size() - 1) * LINE_HEIGHT / 2.0;
            }
            List<ChartMark> marks = new ArrayList<>();
            for (List<PositionPoint> day : byDay.values()) {
                for (int k = 0; k < day.size(); k++) {
                    PositionPoint p = day.get(k);
                    double markY = y + (k - (day.size() - 1) / 2.0) * STACK_STEP;
                    String also = day.size() > 1 ? " (" + (k + 1) + " of " + day.size() + " that day)" : "";
                    marks.add(new ChartMark(x(p.date(), min, max, frame), markY, p.stance(), p.statementId(),
                            ChartTicks.FORMAT.format(p.date()) + also + " · " + Labels.stance(p.stance()) + ": "
                                    + StanceChart.shorten(p.content())));
                }
            }
            rows.add(new Row(lines, s.label(), s.href(), nameY, y, marks));
            top += height;
        }
        int height = Math.max(top, AXIS_HEIGHT + ROW_HEIGHT) + 8;
        return new ChartLayout(frame.width(), height, frame.plotLeft(), frame.plotRight(), frame.labelsAbove(), rows,
                ChartTicks.of(min, max, frame));
    }

    /** Where a date falls on the axis: proportional to the days since the first date, nothing else. */
    static double x(LocalDate date, LocalDate min, LocalDate max, ChartFrame frame) {
        int left = frame.plotLeft();
        int right = frame.plotRight();
        long span = ChronoUnit.DAYS.between(min, max);
        if (span == 0) {
            return (left + right) / 2.0;
        }
        return left + 8 + (right - left - 16) * (double) ChronoUnit.DAYS.between(min, date) / span;
    }
}
