package org.claimtracker.statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;

/**
 * One actor's positions on one topic, oldest first (undated points last).
 *
 * @param actorSlug  null for statements without a named speaker (never listed by {@link PositionHistory})
 */
public record PositionSeries(String actorSlug, String actorName, ActorKind actorKind, String topicCode,
        String topicLabel, List<PositionPoint> points) {

    public PositionSeries {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one point");
        }
        points = List.copyOf(points);
    }

    /** The most recent point: the actor's current stance as far as the articles tell. */
    public PositionPoint latest() {
        PositionPoint latest = points.get(0);
        for (PositionPoint point : points) {
            if (point.date() != null) {
                latest = point;
            }
        }
        return latest;
    }

    public int count() {
        return points.size();
    }

    /** How many points take each stance, in stance order. */
    public Map<Stance, Integer> countsByStance() {
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        points.forEach(p -> counts.merge(p.stance(), 1, Integer::sum));
        return counts;
    }

    /** Every change of stance, each with the statement before and the statement after it. */
    public List<StanceChange> changes() {
        List<StanceChange> changes = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).changed()) {
                changes.add(new StanceChange(points.get(i - 1), points.get(i)));
            }
        }
        return changes;
    }
}
