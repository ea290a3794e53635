package org.claimtracker.api;

/**
 * Neutralises formula injection in exports, as OWASP's "CSV Injection" guidance says: a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a formula by spreadsheet
 * programs (an article quoting {@code =HYPERLINK(...)} would become a live link), so such a value gets a leading
 * apostrophe, which spreadsheets show as text and hide. JSON Lines get the same treatment, because they too end up
 * in spreadsheets. Only free text is touched: numbers, dates, slugs and codes never begin that way.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    static StatementResponse of(StatementResponse s) {
        return new StatementResponse(s.id(), s.actorSlug(), s.articleId(), cell(s.source()), s.articleDate(),
                cell(s.outlet()), cell(s.title()), cell(s.author()), cell(s.url()), s.publishedOn(), s.saidOn(),
                s.kind(), cell(s.text()), s.start(), s.end(), s.parts(), cell(s.speaker()), cell(s.mention()), cell(s.cue()),
                s.topics(), s.stances(), s.citation());
    }
}
