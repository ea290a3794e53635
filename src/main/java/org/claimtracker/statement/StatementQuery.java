package org.claimtracker.statement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;

/**
 * The statement-list request parameters as the web pages, the JSON API and the exports all accept them, bound as
 * text so that a bad value becomes an {@link InvalidParameterException} naming the parameter, not a type error.
 * {@code page} counts from 1 here, as people do; {@link StatementFilter} counts from 0.
 */
public record StatementQuery(List<String> speaker, String topic, String stance, String kind, String from,
        String to, String source, String q, String sort, String page, String size, String affiliates,
        String verified) {

    public static final int DEFAULT_SIZE = 20;
    /** Far past any real list; an absurd page is a mistake (or a probe), answered 400 without a query. */
    public static final int MAX_PAGE = 100_000;

    public StatementQuery {
        speaker = speaker == null ? List.of() : List.copyOf(speaker);
    }

    public StatementFilter toFilter() {
        return toFilter(DEFAULT_SIZE);
    }

    public StatementFilter toFilter(int defaultSize) {
        int pageNumber = integer("page", page, 1);
        if (pageNumber < 1) {
            throw new InvalidParameterException("page", "page must be 1 or more");
        }
        if (pageNumber > MAX_PAGE) {
            throw new InvalidParameterException("page", "page must be " + MAX_PAGE + " or less");
        }
        int pageSize = integer("size", size, defaultSize);
        if (pageSize < 1 || pageSize > StatementFilter.MAX_SIZE) {
            throw new InvalidParameterException("size", "size must be between 1 and " + StatementFilter.MAX_SIZE);
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidParameterException("from", "from (" + from + ") is after to (" + to + ")");
        }
        StatementSort order = blank(sort) ? StatementSort.NEWEST_FIRST : StatementSort.fromParameter(sort.strip())
                .orElseThrow(() -> new InvalidParameterException("sort", "sort must be 'date' or '-date'"));
        return new StatementFilter(speaker, blank(topic) ? null : topic.strip().toUpperCase(Locale.ROOT),
                enumValue("stance", stance, Stance::valueOf), enumValue("kind", kind, StatementKind::valueOf),
                fromDate, toDate, source, q, order, pageNumber - 1, pageSize, bool("affiliates", affiliates),
                bool("verified", verified));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether {@code affiliates} asks for the people of the speakers too; false when absent or malformed. */
    public boolean toFilterAffiliates() {
        try {
            return bool("affiliates", affiliates);
        } catch (InvalidParameterException e) {
            return false;
        }
    }

    private static boolean bool(String name, String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false, not '" + value + "'");
        };
    }

    private static int integer(String name, String value, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number, not '" + value + "'");
        }
    }

    private static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(String name, String value, Function<String, E> parse) {
        if (blank(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "unknown " + name + " '" + value + "'");
        }
    }
}
