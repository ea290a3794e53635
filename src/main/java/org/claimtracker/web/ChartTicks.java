package org.claimtracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimtracker.web.ChartLayout.Tick;

/**
 * The dates on a chart's axis: month starts (year starts over long ranges, the range's ends under a month), thinned
 * evenly until their labels have room, so labels never overlap or run off the chart and a narrow chart shows fewer.
 */
final class ChartTicks {

    /** The site's one date format. */
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Width of one character of a 12 px axis label, generously rounded up, in SVG units. */
    static final double CHAR_WIDTH = 7.0;
    private static final double GAP = 10;

    private ChartTicks() {
    }

    static List<Tick> of(LocalDate min, LocalDate max, ChartFrame frame) {
        if (min == null) {
            return List.of();
        }
        List<LocalDate> candidates = candidates(min, max);
        // every step-th date, the smallest step at which no two labels touch: evenly spaced, as many as fit
        for (int step = 1; ; step++) {
            List<Tick> ticks = every(step, candidates, min, max, frame);
            if (ticks != null) {
                return ticks;
            }
        }
    }

    /** The ticks at every step-th candidate, or null when two of their labels would touch. */
    private static List<Tick> every(int step, List<LocalDate> candidates, LocalDate min, LocalDate max,
            ChartFrame frame) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i += step) {
            LocalDate date = candidates.get(i);
            double x = ChartLayout.x(date, min, max, frame);
            String label = FORMAT.format(date);
            double width = labelWidth(label);
            String anchor = x - width / 2 < 2 ? "start" : x + width / 2 > frame.width() - 2 ? "end" : "middle";
            double left = switch (anchor) {
                case "start" -> x;
                case "end" -> x - width;
                default -> x - width / 2;
            };
            if (!ticks.isEmpty() && left < ticks.get(ticks.size() - 1).right() + GAP) {
                return null;
            }
            ticks.add(new Tick(x, label, anchor, left, left + width));
        }
        return ticks;
    }

    static double labelWidth(String label) {
        return label.length() * CHAR_WIDTH;
    }

    private static List<LocalDate> candidates(LocalDate min, LocalDate max) {
        long months = ChronoUnit.MONTHS.between(min.withDayOfMonth(1), max.withDayOfMonth(1));
        List<LocalDate> dates = new ArrayList<>();
        if (months > 24) {
            for (LocalDate d = min.withDayOfYear(1).plusYears(min.getDayOfYear() == 1 ? 0 : 1); !d.isAfter(max);
                    d = d.plusYears(1)) {
                dates.add(d);
            }
        } else {
            for (LocalDate d = min.withDayOfMonth(1).plusMonths(min.getDayOfMonth() == 1 ? 0 : 1); !d.isAfter(max);
                    d = d.plusMonths(1)) {
                dates.add(d);
            }
        }
        if (dates.size() < 2) {
            return min.equals(max) ? List.of(min) : List.of(min, max);
        }
        return dates;
    }
}
