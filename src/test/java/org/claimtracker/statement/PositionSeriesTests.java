package org.claimtracker.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Stance.CONDITIONAL;
import static org.claimtracker.extraction.Stance.NEUTRAL;
import static org.claimtracker.extraction.Stance.OPPOSES;
import static org.claimtracker.extraction.Stance.SUPPORTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.junit.jupiter.api.Test;

/** What counts as a change of position and where a speaker stands, over hand-made histories. */
class PositionSeriesTests {

    private static final double SURE = 0.8;
    private static final double GUESS = 0.4;

    private final List<PositionPoint> reports = new ArrayList<>();
    private long nextId = 1;

    private PositionPoint said(String day, Stance stance, double confidence, String words) {
        long id = nextId++;
        LocalDate date = day == null ? null : LocalDate.parse(day);
        PositionPoint p = new PositionPoint(id, date, stance, confidence, "test", words, id, "a" + id + ".txt",
                "Outlet " + id, List.of(new PositionPoint.Report(id, date, id, "a" + id + ".txt", "Outlet " + id)));
        reports.add(p);
        return p;
    }

    private PositionPoint said(String day, Stance stance) {
        return said(day, stance, SURE, stance + " words " + nextId);
    }

    private PositionSeries series() {
        return PositionSeries.of("lena-vos", "Lena Vos", ActorKind.PERSON, "CEASEFIRE", "Ceasefire", reports,
                reports.size());
    }

    @Test
    void flagsAChangeBetweenConfidentStatementsOfDifferentDaysWithBeforeAndAfter() {
        PositionPoint before = said("2025-03-01", SUPPORTS);
        PositionPoint after = said("2025-03-20", OPPOSES);

        PositionSeries series = series();

        assertThat(series.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(before);
            assertThat(c.after()).isEqualTo(after);
            assertThat(c.kind()).isEqualTo(StanceChange.Kind.REVERSED);
            assertThat(c.reason()).contains("1 Mar 2025", "20 Mar 2025", "different days");
        });
        assertThat(series.standing().stance()).isEqualTo(OPPOSES);
        assertThat(series.standing().quote()).isEqualTo(after);
    }

    @Test
    void sameDayDisagreementIsAMixedDayNotAChange() {
        said("2025-03-01", SUPPORTS);
        said("2025-03-01", OPPOSES);

        PositionSeries series = series();

        assertThat(series.changes()).isEmpty();
        assertThat(series.mixedDays()).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 1)));
        assertThat(series.standing().mixed()).isTrue();
        assertThat(series.standing().statements()).isEqualTo(2);
    }

    @Test
    void undatedStatementsNeverMakeAChange() {
        said(null, SUPPORTS);
        said("2025-03-01", OPPOSES);
        said(null, CONDITIONAL);

        assertThat(series().changes()).isEmpty();
        assertThat(series().standing().stance()).isEqualTo(OPPOSES);
    }

    @Test
    void lowConfidenceStatementsNeitherMakeAChangeNorDecideTheStandingPosition() {
        said("2025-03-01", SUPPORTS);
        said("2025-03-05", OPPOSES, GUESS, "too early to talk about it");

        PositionSeries series = series();

        assertThat(series.changes()).isEmpty();
        assertThat(series.standing().stance()).isEqualTo(SUPPORTS);
        assertThat(series.standing().tentative()).isFalse();
    }

    @Test
    void theSameRemarkReportedBySeveralArticlesCountsOnceAndListsItsReports() {
        PositionPoint first = said("2025-03-01", CONDITIONAL, SURE, "We will sign, but only with guarantees.");
        said("2025-03-03", OPPOSES);
        PositionPoint reprint = said("2025-03-09", CONDITIONAL, SURE, "“We will sign, but only with guarantees”");

        PositionSeries series = series();

        assertThat(series.points()).hasSize(2);
        PositionPoint remark = series.points().get(0);
        assertThat(remark.date()).isEqualTo(first.date());
        assertThat(remark.reports()).extracting(PositionPoint.Report::statementId)
                .containsExactly(first.statementId(), reprint.statementId());
        // the reprint on 9 March is not a second change back to conditional
        assertThat(series.changes()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(StanceChange.Kind.CONDITION_DROPPED));
        assertThat(series.count()).isEqualTo(3);
    }

    @Test
    void gainingAConditionIsAChangeAndSupportWithAConditionOnOneDayIsConditional() {
        said("2025-03-01", SUPPORTS);
        said("2025-03-10", SUPPORTS);
        PositionPoint condition = said("2025-03-10", CONDITIONAL);

        PositionSeries series = series();

        assertThat(series.changes()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(StanceChange.Kind.CONDITION_ADDED));
        assertThat(series.mixedDays()).isEmpty();
        assertThat(series.standing().stance()).isEqualTo(CONDITIONAL);
        assertThat(series.standing().quote()).isEqualTo(condition);
    }

    @Test
    void aNeutralDescriptionNeitherChangesNorUndoesAPosition() {
        said("2025-03-01", OPPOSES);
        said("2025-03-04", OPPOSES);
        said("2025-03-08", NEUTRAL);

        PositionSeries series = series();

        assertThat(series.changes()).isEmpty();
        assertThat(series.standing().stance()).isEqualTo(OPPOSES);
        assertThat(series.standing().statements()).isEqualTo(2);
        assertThat(series.standing().since()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(series.standing().asOf()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void theCardQuotesTheMostConfidentStatementTakingTheStance() {
        said("2025-03-01", SUPPORTS, 0.6, "we could live with a truce");
        PositionPoint clearest = said("2025-03-01", SUPPORTS, 0.9, "we want a truce now");

        assertThat(series().standing().quote()).isEqualTo(clearest);
    }

    @Test
    void withoutAnyConfidentStatementTheStandingPositionIsTentativeAndMatchesItsQuote() {
        said("2025-03-01", SUPPORTS, GUESS, "a");
        PositionPoint last = said("2025-03-02", OPPOSES, GUESS, "b");

        StandingPosition standing = series().standing();

        assertThat(standing.tentative()).isTrue();
        assertThat(standing.stance()).isEqualTo(OPPOSES);
        assertThat(standing.quote()).isEqualTo(last);
    }
}
