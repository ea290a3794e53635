package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionPoint;
import org.junit.jupiter.api.Test;

class StanceChartTests {

    private static PositionPoint point(long id, String day, Stance stance) {
        LocalDate date = day == null ? null : LocalDate.parse(day);
        return new PositionPoint(id, date, stance, 0.8, "test", "words " + id, id, "a.txt", null,
                List.of(new PositionPoint.Report(id, date, id, "a.txt", null)));
    }

    @Test
    void placesEveryMarkAtItsTrueDateAndStacksMarksOfTheSameDay() {
        StanceChart chart = StanceChart.of(List.of(new StanceChart.Series("Vos", "/speakers/vos", List.of(
                point(1, "2025-03-01", Stance.SUPPORTS), point(2, "2025-03-11", Stance.OPPOSES),
                point(3, "2025-03-11", Stance.SUPPORTS), point(4, "2025-03-11", Stance.NEUTRAL),
                point(5, "2025-03-31", Stance.OPPOSES), point(6, null, Stance.OPPOSES)))));

        List<StanceChart.ChartMark> marks = chart.rows().get(0).marks();
        assertThat(marks).hasSize(5);
        double first = marks.get(0).x();
        double last = marks.get(4).x();
        // 11 March is a third of the way from 1 to 31 March, whatever else falls on it
        for (int i = 1; i <= 3; i++) {
            assertThat(marks.get(i).x()).isCloseTo(first + (last - first) / 3, org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(marks.subList(1, 4)).extracting(StanceChart.ChartMark::y).doesNotHaveDuplicates();
        assertThat(marks.get(2).y() - marks.get(1).y()).isEqualTo(StanceChart.STACK_STEP);
        assertThat(marks.get(1).title()).contains("1 of 3 that day");
        assertThat(chart.undated()).isEqualTo(1);
    }

    @Test
    void aRowGrowsToHoldItsStackSoRowsNeverOverlap() {
        StanceChart chart = StanceChart.of(List.of(
                new StanceChart.Series("Vos", "/a", List.of(point(1, "2025-03-01", Stance.SUPPORTS),
                        point(2, "2025-03-01", Stance.SUPPORTS), point(3, "2025-03-01", Stance.SUPPORTS),
                        point(4, "2025-03-01", Stance.SUPPORTS), point(5, "2025-03-09", Stance.OPPOSES))),
                new StanceChart.Series("Jund", "/b", List.of(point(6, "2025-03-05", Stance.OPPOSES)))));

        double lowestOfFirst = chart.rows().get(0).marks().stream().mapToDouble(StanceChart.ChartMark::y).max()
                .orElseThrow();
        double highestOfSecond = chart.rows().get(1).marks().get(0).y();
        assertThat(highestOfSecond - lowestOfFirst).isGreaterThanOrEqualTo(StanceChart.STACK_STEP);
        assertThat(chart.height()).isGreaterThan((int) highestOfSecond);
    }
}
