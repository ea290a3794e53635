package org.claimtracker.statement;

import java.time.LocalDate;

import org.claimtracker.extraction.Stance;

/**
 * One statement's stance on a topic: a point in a position history.
 *
 * @param date    when the words were said, else the article's date; null when neither is known
 * @param changed whether the stance differs from the same actor's previous point on the same topic
 */
public record PositionPoint(long statementId, LocalDate date, Stance stance, String content, long articleId,
        String sourceName, String outlet, boolean changed) {
}
