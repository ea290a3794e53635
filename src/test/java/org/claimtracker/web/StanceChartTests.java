package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StanceChartTests {

    private static PositionPoint point(long id, String day, Stance stance) {
        LocalDate date = day == null ? null : LocalDate.parse(day);
        return new PositionPoint(id, date, stance, 0.8, "test", "words " + id, id, "a.txt", null,
                List.of(new PositionPoint.Report(id, date, id, "a.txt", null)));
    }

    private static StanceChart chart(String... days) {
        List<PositionPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            points.add(point(i + 1, days[i], Stance.SUPPORTS));
        }
        return StanceChart.of(List.of(new StanceChart.Series("Vos", "/speakers/vos", points)));
    }

    @Test
    void placesEveryMarkAtItsTrueDateAndStacksMarksOfTheSameDay() {
        StanceChart chart = StanceChart.of(List.of(new StanceChart.Series("Vos", "/speakers/vos", List.of(
                point(1, "2025-03-01", Stance.SUPPORTS), point(2, "2025-03-11", Stance.OPPOSES),
                point(3, "2025-03-11", Stance.SUPPORTS), point(4, "2025-03-11", Stance.NEUTRAL),
                point(5, "2025-03-31", Stance.OPPOSES), point(6, null, Stance.OPPOSES)))));

        for (ChartLayout layout : List.of(chart.wide(), chart.narrow())) {
            List<ChartLayout.ChartMark> marks = layout.rows().get(0).marks();
            assertThat(marks).hasSize(5);
            double first = marks.get(0).x();
            double last = marks.get(4).x();
            // 11 March is a third of the way from 1 to 31 March, whatever else falls on it
            for (int i = 1; i <= 3; i++) {
                assertThat(marks.get(i).x()).isCloseTo(first + (last - first) / 3, within(0.01));
            }
            assertThat(marks.subList(1, 4)).extracting(ChartLayout.ChartMark::y).doesNotHaveDuplicates();
            assertThat(marks.get(2).y() - marks.get(1).y()).isEqualTo(ChartLayout.STACK_STEP);
            assertThat(marks.get(1).title()).contains("1 of 3 that day");
        }
        assertThat(chart.undated()).isEqualTo(1);
    }

    @Test
    void theTableHoldsEveryRemarkUndatedOnesLast() {
        StanceChart chart = StanceChart.of(List.of(new StanceChart.Series("Vos", "/speakers/vos", List.of(
                point(1, null, Stance.OPPOSES), point(2, "2025-03-11", Stance.OPPOSES),
                point(3, "2025-03-01", Stance.SUPPORTS)))));

        assertThat(chart.remarks()).isEqualTo(3);
        assertThat(chart.table().get(0).points()).extracting(PositionPoint::statementId).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aRowGrowsToHoldItsStackSoRowsNeverOverlap() {
        StanceChart chart = StanceChart.of(List.of(
                new StanceChart.Series("Vos", "/a", List.of(point(1, "2025-03-01", Stance.SUPPORTS),
                        point(2, "2025-03-01", Stance.SUPPORTS), point(3, "2025-03-01", Stance.SUPPORTS),
                        point(4, "2025-03-01", Stance.SUPPORTS), point(5, "2025-03-09", Stance.OPPOSES))),
                new StanceChart.Series("Jund", "/b", List.of(point(6, "2025-03-05", Stance.OPPOSES)))));

        for (ChartLayout layout : List.of(chart.wide(), chart.narrow())) {
            double lowestOfFirst = layout.rows().get(0).marks().stream().mapToDouble(ChartLayout.ChartMark::y).max()
                    .orElseThrow();
            ChartLayout.Row second = layout.rows().get(1);
            double highestOfSecond = second.marks().get(0).y();
            assertThat(highestOfSecond - lowestOfFirst).isGreaterThanOrEqualTo(ChartLayout.STACK_STEP);
            // on a phone the name sits above its row, below the marks of the row before
            assertThat(second.nameY() - 10).isGreaterThan(layout.labelsAbove() ? lowestOfFirst + 6 : 0);
            assertThat(layout.height()).isGreaterThan((int) highestOfSecond);
        }
    }

    @ParameterizedTest
    @CsvSource({"2025-03-01,2025-03-02", "2025-03-01,2025-03-29", "2025-02-20,2025-03-10", "2025-01-01,2025-12-31",
            "2025-03-14,2025-04-28", "2024-11-05,2025-04-28", "2019-06-01,2025-04-28"})
    void axisLabelsNeverOverlapNorLeaveTheChart(String from, String to) {
        StanceChart chart = chart(from, to);
        for (ChartLayout layout : List.of(chart.wide(), chart.narrow())) {
            List<ChartLayout.Tick> ticks = layout.ticks();
            assertThat(ticks).isNotEmpty();
            for (int i = 0; i < ticks.size(); i++) {
                ChartLayout.Tick t = ticks.get(i);
                assertThat(t.left()).isGreaterThanOrEqualTo(0);
                assertThat(t.right()).isLessThanOrEqualTo(layout.width());
                // the box the label was thinned with is at least as wide as any date drawn at 12 px
                assertThat(t.right() - t.left()).isGreaterThanOrEqualTo(t.label().length() * 6.5);
                if (i > 0) {
                    assertThat(t.left()).isGreaterThan(ticks.get(i - 1).right());
                }
            }
        }
    }

    @Test
    void aPhoneGetsTheFullWidthForThePlotAndFewerDates() {
        StanceChart chart = chart("2025-01-03", "2025-12-28");

        assertThat(chart.narrow().plotLeft()).isLessThan(20);
        assertThat(chart.narrow().ticks().size()).isLessThan(chart.wide().ticks().size());
        assertThat(chart.narrow().ticks()).extracting(ChartLayout.Tick::label).allMatch(l -> l.matches("\\d{1,2} \\w{3} \\d{4}"));
    }

    @Test
    void longRowNamesWrapAndAreCutShortWithTheFullNameKept() {
        StanceChart chart = StanceChart.of(List.of(new StanceChart.Series(
                "Ministry of Foreign Affairs of the Russian Federation", "/a", List.of(point(1, "2025-03-01",
                        Stance.OPPOSES)))));

        ChartLayout.Row wide = chart.wide().rows().get(0);
        assertThat(wide.lines()).containsExactly("Ministry of Foreign", "Affairs of the…");
        assertThat(wide.lines()).allMatch(l -> l.length() <= ChartFrame.WIDE.lineChars());
        assertThat(wide.shortened()).isTrue();
        assertThat(wide.label()).isEqualTo("Ministry of Foreign Affairs of the Russian Federation");
        assertThat(chart.narrow().rows().get(0).lines()).hasSize(1).allMatch(l -> l.length() <= 44);
        assertThat(RowName.wrap("Vladimir Putin", 22, 2)).containsExactly("Vladimir Putin");
        assertThat(RowName.wrap("Verkhovna Rada", 8, 1)).containsExactly("Verkhov…");
    }
}
