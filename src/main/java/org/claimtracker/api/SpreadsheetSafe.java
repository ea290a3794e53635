package org.claimtracker.api;

import org.claimtracker.export.SpreadsheetCells;

/**
 * A statement item as downloads write it: its free-text fields made safe for spreadsheets
 * ({@link SpreadsheetCells}). JSON Lines get the same treatment as CSV, because they too end up in spreadsheets.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    private static String cell(String value) {
        return SpreadsheetCells.safe(value);
    }

    static StatementResponse of(StatementResponse s) {
        return new StatementResponse(s.id(), s.actorSlug(), s.articleId(), cell(s.source()), s.articleDate(),
                cell(s.outlet()), cell(s.title()), cell(s.author()), cell(s.url()), s.publishedOn(), s.saidOn(),
                s.kind(), cell(s.text()), s.start(), s.end(), s.parts(), cell(s.speaker()), cell(s.mention()), cell(s.cue()),
                s.topics(), s.stances(), s.citation());
    }
}
