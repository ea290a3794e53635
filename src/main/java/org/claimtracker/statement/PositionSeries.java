package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;

/**
 * One actor's positions on one topic: their remarks oldest first (undated last), where they stand now, the days
 * whose remarks disagree, and the changes of position the evidence supports.
 *
 * @param actorSlug  null for statements without a named speaker (never listed by {@link PositionHistory})
 * @param points     one per remark (the same words reported by several articles count once), oldest first
 * @param statements how many statements (reports) take a position on the topic, repeats included
 * @param standing   the stance of the most recent confident remarks
 * @param changes    flagged changes, oldest first
 * @param mixedDays  days whose confident remarks contradict each other: shown as mixed, never as a change
 */
public record PositionSeries(String actorSlug, String actorName, ActorKind actorKind, String topicCode,
        String topicLabel, List<PositionPoint> points, int statements, StandingPosition standing,
        List<StanceChange> changes, List<PositionDay> mixedDays) {

    private static final Comparator<PositionPoint> BEST = Comparator.comparingDouble(PositionPoint::confidence)
            .thenComparing(PositionPoint::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(p -> -p.statementId());
    /** The report that stands for a repeated remark: the most confident, then the earliest. */
    private static final Comparator<PositionPoint> REPRESENTATIVE = Comparator
            .comparingDouble(PositionPoint::confidence)
            .thenComparing(PositionPoint::date, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
            .thenComparingLong(p -> -p.statementId());

    public PositionSeries {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one point");
        }
        points = List.copyOf(points);
        changes = List.copyOf(changes);
        mixedDays = List.copyOf(mixedDays);
    }

    /**
     * Builds the series from one point per statement (each with itself as its only report), in any order.
     *
     * @param statements the number of statements behind the series, when {@code reports} holds only the most recent
     */
    static PositionSeries of(String actorSlug, String actorName, ActorKind actorKind, String topicCode,
            String topicLabel, List<PositionPoint> reports, int statements) {
        List<PositionPoint> remarks = remarks(reports);
        List<PositionDay> days = days(remarks);
        return new PositionSeries(actorSlug, actorName, actorKind, topicCode, topicLabel, remarks, statements,
                standing(remarks, days), changes(days), days.stream().filter(PositionDay::mixed).toList());
    }

    /** The most recent remark (undated ones only when nothing is dated). */
    public PositionPoint latest() {
        PositionPoint latest = points.get(0);
        for (PositionPoint point : points) {
            if (point.date() != null) {
                latest = point;
            }
        }
        return latest;
    }

    /** Statements taking a position on the topic, repeats included. */
    public int count() {
        return statements;
    }

    /** How many remarks take each stance, in stance order. */
    public Map<Stance, Integer> countsByStance() {
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        points.forEach(p -> counts.merge(p.stance(), 1, Integer::sum));
        return counts;
    }

    /** Merges reports of the same words into one remark: the most confident report stands for it, dated earliest. */
    private static List<PositionPoint> remarks(List<PositionPoint> reports) {
        Map<String, List<PositionPoint>> byWords = new LinkedHashMap<>();
        for (PositionPoint report : reports) {
            byWords.computeIfAbsent(wordsOf(report.content()), k -> new ArrayList<>()).add(report);
        }
        List<PositionPoint> remarks = new ArrayList<>();
        for (List<PositionPoint> same : byWords.values()) {
            PositionPoint best = same.stream().max(REPRESENTATIVE).orElseThrow();
            LocalDate first = same.stream().map(PositionPoint::date).filter(d -> d != null)
                    .min(Comparator.naturalOrder()).orElse(null);
            List<PositionPoint.Report> all = new ArrayList<>(best.reports());
            same.stream().filter(p -> p != best).sorted(Comparator.comparing(PositionPoint::date,
                    Comparator.nullsLast(Comparator.naturalOrder()))).forEach(p -> all.addAll(p.reports()));
            remarks.add(new PositionPoint(best.statementId(), first, best.stance(), best.confidence(),
                    best.decidedBy(), best.content(), best.articleId(), best.sourceName(), best.outlet(), all));
        }
        remarks.sort(Comparator.comparing(PositionPoint::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(PositionPoint::statementId));
        return remarks;
    }

    /** Lower-case letters and digits only: the same words however quotation marks and spacing were typeset. */
    static String wordsOf(String content) {
        StringBuilder words = new StringBuilder();
        for (String w : content.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(w);
            }
        }
        return words.toString();
    }

    /** Confident dated remarks grouped by day, oldest first. Undated and low-confidence remarks make no day. */
    private static List<PositionDay> days(List<PositionPoint> remarks) {
        TreeMap<LocalDate, List<PositionPoint>> byDay = new TreeMap<>();
        for (PositionPoint p : remarks) {
            if (p.dated() && p.confident()) {
                byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
            }
        }
        List<PositionDay> days = new ArrayList<>();
        byDay.forEach((date, points) -> days.add(new PositionDay(date, PositionDay.stanceOf(points), points)));
        return days;
    }

    /** Between consecutive days that take a side (not mixed, not neutral), where the sides contradict. */
    private static List<StanceChange> changes(List<PositionDay> days) {
        List<StanceChange> changes = new ArrayList<>();
        PositionDay previous = null;
        for (PositionDay day : days) {
            if (day.mixed() || day.stance() == Stance.NEUTRAL) {
                continue;
            }
            if (previous != null) {
                StanceChange.Kind kind = StanceChange.between(previous.stance(), day.stance());
                if (kind != null) {
                    changes.add(new StanceChange(best(previous.points(), previous.stance()),
                            best(day.points(), day.stance()), kind));
                }
            }
            previous = day;
        }
        return changes;
    }

    /**
     * The most recent day that takes a side (a neutral description does not undo a side), and the run of earlier
     * days that agree with it. Without confident dated remarks, the confident undated ones; without any confident
     * remark, all of them, marked tentative.
     */
    private static StandingPosition standing(List<PositionPoint> remarks, List<PositionDay> days) {
        if (days.isEmpty()) {
            List<PositionPoint> confident = remarks.stream().filter(PositionPoint::confident).toList();
            boolean tentative = confident.isEmpty();
            List<PositionPoint> pool = tentative ? remarks : confident;
            List<PositionPoint> dated = pool.stream().filter(PositionPoint::dated).toList();
            List<PositionPoint> latest = dated.isEmpty() ? pool
                    : dated.stream().filter(p -> p.date().equals(dated.get(dated.size() - 1).date())).toList();
            Stance stance = PositionDay.stanceOf(latest);
            PositionPoint quote = stance == null ? latest.get(latest.size() - 1) : best(latest, stance);
            LocalDate date = quote.date();
            int behind = (int) latest.stream().filter(p -> stance == null || p.stance() == stance).count();
            return new StandingPosition(stance, behind, date, date, quote, tentative);
        }
        int last = days.size() - 1;
        while (last > 0 && days.get(last).stance() == Stance.NEUTRAL) {
            last--;
        }
        PositionDay newest = days.get(last);
        if (newest.mixed()) {
            List<PositionPoint> points = newest.points();
            return new StandingPosition(null, points.size(), newest.date(), newest.date(),
                    points.get(points.size() - 1), false);
        }
        Stance stance = newest.stance();
        List<PositionPoint> behind = new ArrayList<>();
        LocalDate since = newest.date();
        for (int i = last; i >= 0; i--) {
            PositionDay day = days.get(i);
            if (day.stance() != stance && day.stance() != Stance.NEUTRAL) {
                break;
            }
            if (day.stance() == stance) {
                day.points().stream().filter(p -> p.stance() == stance).forEach(behind::add);
                since = day.date();
            }
        }
        return new StandingPosition(stance, behind.size(), since, newest.date(), best(behind, stance), false);
    }

    /** The remark that best shows a stance: the most confident one taking it, then the most recent. */
    private static PositionPoint best(List<PositionPoint> points, Stance stance) {
        return points.stream().filter(p -> p.stance() == stance).max(BEST)
                .orElseGet(() -> points.get(points.size() - 1));
    }
}
