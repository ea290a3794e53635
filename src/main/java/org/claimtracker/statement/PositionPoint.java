package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StanceCall;

/**
 * One remark's stance on a topic: a point in a position history. The same words of the same speaker reported by
 * several articles are one remark; {@link #reports} lists every article that carries them.
 *
 * @param statementId the report that stands for the remark (the most confident, then the earliest)
 * @param date        when the words were said, else the article's date, the earliest among the reports; null when
 *                    no report has a date
 * @param confidence  how far the stance can be trusted: the lower of the stance's and the speaker attribution's
 *                    confidence
 * @param decidedBy   the extraction rule that decided the stance
 * @param reports     every statement reporting these words, the representative first
 */
public record PositionPoint(long statementId, LocalDate date, Stance stance, double confidence, String decidedBy,
        String content, long articleId, String sourceName, String outlet, List<Report> reports) {

    public PositionPoint {
        reports = List.copyOf(reports);
    }

    /** One article's report of a remark. */
    public record Report(long statementId, LocalDate date, long articleId, String sourceName, String outlet) {
    }

    /** Strong enough evidence to count in a standing position or a change: at least medium confidence. */
    public boolean confident() {
        return confidence >= StanceCall.MEDIUM;
    }

    public boolean dated() {
        return date != null;
    }

    /** Reports beyond the first: other articles carrying the same words. */
    public int repeats() {
        return reports.size() - 1;
    }
}
