package org.claimtracker.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.extraction.Stance;
import org.claimtracker.statement.PositionPoint;
import org.claimtracker.statement.PositionSeries;

/** An actor's position history on every topic they took a position on, in topic order. */
@Schema(name = "Positions")
public record PositionsResponse(String actorSlug, List<TopicHistory> topics) {

    /** The stances one actor took on one topic, oldest first (undated last). */
    @Schema(name = "TopicHistory")
    public record TopicHistory(@Schema(example = "CEASEFIRE") String topic, String label,
            @Schema(description = "The stance of the latest dated statement") Stance latest,
            List<Point> history) {
    }

    /** One statement's stance. */
    @Schema(name = "PositionPoint")
    public record Point(long statementId, @Schema(nullable = true) LocalDate date, Stance stance,
            @Schema(description = "Whether the stance differs from the previous point") boolean changed,
            long articleId) {
    }

    static PositionsResponse of(String slug, List<PositionSeries> series) {
        return new PositionsResponse(slug, series.stream().map(s -> new TopicHistory(s.topicCode(), s.topicLabel(),
                s.latest().stance(), s.points().stream().map(PositionsResponse::point).toList())).toList());
    }

    private static Point point(PositionPoint p) {
        return new Point(p.statementId(), p.date(), p.stance(), p.changed(), p.articleId());
    }
}
