package org.claimtracker.article;

import java.time.LocalDate;

/**
 * How much the stored corpus covers.
 *
 * @param outlets    distinct outlets named by articles (articles without one are not counted)
 * @param firstDate  the earliest publication date; null when no article is dated
 * @param undated    articles without a publication date
 */
public record CorpusCoverage(long articles, long outlets, LocalDate firstDate, LocalDate lastDate, long undated,
        long statements, long speakers) {
}
