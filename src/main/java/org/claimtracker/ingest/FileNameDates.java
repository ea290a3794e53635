package org.claimtracker.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The publication date some archives put in file names ({@code 2025-03-02_bbc.txt}). */
final class FileNameDates {

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    private FileNameDates() {
    }

    static LocalDate find(String fileName) {
        Matcher m = ISO_DATE.matcher(fileName);
        while (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // 2025-13-45 is not a date; look for another
            }
        }
        return null;
    }
}
