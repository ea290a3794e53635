package org.claimtracker.correction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;

/** The text forms a correction's before and after values take, read back strictly: a bad value is a 400. */
public final class CorrectionValues {

    private CorrectionValues() {
    }

    public static String span(TextSpan span) {
        return span.start() + "-" + span.end();
    }

    public static TextSpan span(String value) {
        String[] bounds = value.split("-", 2);
        try {
            int start = Integer.parseInt(bounds[0].strip());
            int end = Integer.parseInt(bounds[1].strip());
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a span starts before it ends, at 0 or later: " + value);
            }
            return new TextSpan(start, end);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("a span is START-END, not '" + value + "'");
        }
    }

    public static String stances(Map<String, Stance> stances) {
        return new TreeMap<>(stances).entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    public static Map<String, Stance> stances(String value) {
        Map<String, Stance> stances = new TreeMap<>();
        if (value == null || value.isBlank()) {
            return stances;
        }
        for (String pair : value.split(",")) {
            String[] parts = pair.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("topics and stances are TOPIC:STANCE pairs, not '" + pair + "'");
            }
            stances.put(parts[0].strip().toUpperCase(Locale.ROOT), stance(parts[1]));
        }
        return stances;
    }

    public static Stance stance(String value) {
        try {
            return Stance.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a stance is SUPPORTS, OPPOSES, CONDITIONAL or NEUTRAL, not '"
                    + value + "'");
        }
    }

    public static StatementKind kind(String value) {
        try {
            return StatementKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("a statement kind is DIRECT, INDIRECT or MIXED, not '" + value + "'");
        }
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date is YYYY-MM-DD, not '" + value + "'");
        }
    }
}
