package org.claimtracker.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionDay;
import org.claimtracker.statement.PositionPoint;
import org.claimtracker.statement.PositionSeries;
import org.claimtracker.statement.StandingPosition;
import org.claimtracker.statement.StanceChange;

/** An actor's position history on every topic they took a position on, in topic order. */
@Schema(name = "Positions")
public record PositionsResponse(String actorSlug, List<TopicHistory> topics) {

    /** The remarks one actor made on one topic, oldest first (undated last), where they stand, and what changed. */
    @Schema(name = "TopicHistory")
    public record TopicHistory(@Schema(example = "CEASEFIRE") String topic, String label,
            @Schema(description = "The stance of the most recent remark") Stance latest,
            Standing standing,
            @Schema(description = "Statements taking a position on the topic, repeats included") int statements,
            List<Point> history, List<Change> changes,
            @Schema(description = "Days whose statements disagree: not counted as changes") List<MixedDay> mixedDays) {
    }

    /** Where the actor stands: the stance of their most recent confident statements. */
    @Schema(name = "StandingPosition")
    public record Standing(
            @Schema(description = "SUPPORTS, OPPOSES, CONDITIONAL, NEUTRAL, or MIXED when the most recent "
                    + "statements disagree", example = "SUPPORTS") String stance,
            @Schema(description = "How many of the most recent statements take it") int statements,
            @Schema(nullable = true) LocalDate since, @Schema(nullable = true) LocalDate asOf,
            @Schema(description = "The statement that best shows the stance") long quoteStatementId,
            @Schema(description = "True when no statement behind it is confident") boolean tentative) {

        static Standing of(StandingPosition s) {
            return new Standing(s.mixed() ? "MIXED" : s.stance().name(), s.statements(), s.since(), s.asOf(),
                    s.quote().statementId(), s.tentative());
        }
    }

    /** One remark's stance; the same words reported by several articles are one remark. */
    @Schema(name = "PositionPoint")
    public record Point(long statementId, @Schema(nullable = true) LocalDate date, Stance stance,
            @Schema(description = "Lower of the stance's and the attribution's confidence") double confidence,
            @Schema(description = "The extraction rule that decided the stance") String decidedBy, long articleId,
            @Schema(description = "Every statement reporting the same words") List<Long> reports) {

        static Point of(PositionPoint p) {
            return new Point(p.statementId(), p.date(), p.stance(), p.confidence(), p.decidedBy(), p.articleId(),
                    p.reports().stream().map(PositionPoint.Report::statementId).toList());
        }
    }

    /** A flagged change: the statement before and after, and why it counts. */
    @Schema(name = "StanceChange")
    public record Change(@Schema(example = "REVERSED") StanceChange.Kind kind, String reason, Quote before,
            Quote after) {

        static Change of(StanceChange c) {
            return new Change(c.kind(), c.reason(), Quote.of(c.before()), Quote.of(c.after()));
        }
    }

    /** One side of a change. */
    @Schema(name = "ChangeQuote")
    public record Quote(long statementId, LocalDate date, Stance stance, String text, long articleId) {

        static Quote of(PositionPoint p) {
            return new Quote(p.statementId(), p.date(), p.stance(), p.content(), p.articleId());
        }
    }

    /** A day whose statements disagree. */
    @Schema(name = "MixedDay")
    public record MixedDay(LocalDate date, List<Long> statementIds) {

        static MixedDay of(PositionDay d) {
            return new MixedDay(d.date(), d.points().stream().map(PositionPoint::statementId).toList());
        }
    }

    static PositionsResponse of(String slug, List<PositionSeries> series) {
        return new PositionsResponse(slug, series.stream().map(s -> new TopicHistory(s.topicCode(), s.topicLabel(),
                s.latest().stance(), Standing.of(s.standing()), s.count(),
                s.points().stream().map(Point::of).toList(), s.changes().stream().map(Change::of).toList(),
                s.mixedDays().stream().map(MixedDay::of).toList())).toList());
    }
}
