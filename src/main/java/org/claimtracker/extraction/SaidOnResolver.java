package org.claimtracker.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day words were said, from the cue sentence and the article date: "on Sunday" is the latest Sunday on or
 * before the article date, "yesterday" the day before, "6 February" / "February 6" that day. Vague or earlier
 * references ("last week", "previously", "has said") give null; with no time words, the article date.
 */
final class SaidOnResolver {

    private static final int YEAR_BOUNDARY_DAYS = 45;

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:(\\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "|(january|february|march|april|may|june|july|august|september|october|november|december) (\\d{1,2}))"
                    + "\\b(?:,? (\\d{4})\\b)?");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(last (week|month|year)|previously|earlier this (week|month|year)|in (january|february|march|april|may"
                    + "|june|july|august|september|october|november|december)|has (repeatedly |long |also )?said"
                    + "|have said|has called|has repeatedly|has insisted|has accused|last june|last summer|in 20\\d\\d"
                    + "|has warned)\\b");

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    LocalDate resolve(String sentence, LocalDate articleDate) {
        String s = sentence.toLowerCase(Locale.ROOT);
        Matcher dm = DAY_MONTH.matcher(s);
        if (hasDigit(s) && dm.find() && (articleDate != null || dm.group(5) != null)) {
            int day = Integer.parseInt(dm.group(1) != null ? dm.group(1) : dm.group(4));
            Month month = Month.valueOf((dm.group(2) != null ? dm.group(2) : dm.group(3)).toUpperCase(Locale.ROOT));
            int year = dm.group(5) != null ? Integer.parseInt(dm.group(5)) : articleDate.getYear();
            if (day >= 1 && day <= month.length(java.time.Year.isLeap(year))) {
                LocalDate d = LocalDate.of(year, month, day);
                if (dm.group(5) != null || !d.isAfter(articleDate)) {
                    return d;
                }
                // Past the article date: late December in a January article, else a day still to come, which
                // dates something else than the words.
                LocalDate yearBefore = d.minusYears(1);
                if (!yearBefore.isBefore(articleDate.minusDays(YEAR_BOUNDARY_DAYS))) {
                    return yearBefore;
                }
            }
        }
        if (articleDate == null) {
            return null;
        }
        if (s.contains("yesterday")) {
            return articleDate.minusDays(1);
        }
        Matcher wd = WEEKDAY.matcher(s);
        if (s.contains("day") && wd.find()) {
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            int back = (articleDate.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            return articleDate.minusDays(back);
        }
        if (VAGUE.matcher(s).find()) {
            return null;
        }
        return articleDate;
    }
}
