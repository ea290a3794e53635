package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;

/**
 * What to list: every criterion is optional (null or empty means "any"); {@code page} counts from 0.
 *
 * @param speakers actor slugs; a statement by any of them matches
 * @param topic    topic code
 * @param stance   stance on {@code topic} when given, else on any topic
 * @param source   an article's file name, or an outlet (case-insensitive)
 * @param q        words to search, in web-search syntax ("quoted phrase", -excluded, or)
 * @param affiliates whether a speaker that is a body or country also stands for the actors affiliated with it
 *                   (the Kremlin: Putin, Peskov, Ushakov), on the statement's date
 * @param verifiedOnly only statements an editor confirmed
 */
public record StatementFilter(List<String> speakers, String topic, Stance stance, StatementKind kind,
        LocalDate from, LocalDate to, String source, String q, StatementSort sort, int page, int size,
        boolean affiliates, boolean verifiedOnly) {

    public static final int MAX_SIZE = 200;

    public StatementFilter {
        speakers = speakers == null ? List.of() : speakers.stream().filter(s -> s != null && !s.isBlank()).toList();
        topic = blankToNull(topic);
        source = blankToNull(source);
        q = blankToNull(q);
        sort = sort == null ? StatementSort.NEWEST_FIRST : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    /** Any statement, confirmed or not, by the speakers named only. */
    public StatementFilter(List<String> speakers, String topic, Stance stance, StatementKind kind, LocalDate from,
            LocalDate to, String source, String q, StatementSort sort, int page, int size) {
        this(speakers, topic, stance, kind, from, to, source, q, sort, page, size, false, false);
    }

    public static StatementFilter all(int size) {
        return new StatementFilter(List.of(), null, null, null, null, null, null, null, null, 0, size);
    }

    public StatementFilter withSpeakers(List<String> slugs) {
        return new StatementFilter(slugs, topic, stance, kind, from, to, source, q, sort, page, size, affiliates,
                verifiedOnly);
    }

    public StatementFilter withTopic(String code) {
        return new StatementFilter(speakers, code, stance, kind, from, to, source, q, sort, page, size, affiliates,
                verifiedOnly);
    }

    public StatementFilter withPage(int number) {
        return new StatementFilter(speakers, topic, stance, kind, from, to, source, q, sort, number, size,
                affiliates, verifiedOnly);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
