package org.claimtracker.export;

/**
 * Neutralises formula injection in downloads, as OWASP's "CSV Injection" guidance says: a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a formula by spreadsheet
 * programs (an article quoting {@code =HYPERLINK(...)} would become a live link), so such a value gets a leading
 * apostrophe, which spreadsheets show as text and hide. For free text only: numbers, dates, slugs and codes never
 * begin that way. Used by every download the site offers (statements as CSV and JSON Lines, the audit log).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
