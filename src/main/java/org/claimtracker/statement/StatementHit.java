package org.claimtracker.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.extraction.TextSpan;

/**
 * One statement as lists show it, with its speaker, article and stances in one row.
 *
 * @param headline  the content as HTML-escaped text with search matches wrapped in {@code <mark>}; null without a
 *                  search
 * @param date      the date the words were said, else the article's date
 * @param parts     the content's spans in the article body: several for a split or multi-paragraph quotation
 * @param stances   topic code to stance, in topic order
 * @param articleTitle    the article's title when a source gave one, else null
 * @param articleHeadline the title, else the article's first sentence: never null, never the file name
 * @param author          the article's author(s) when known
 * @param url             the article's original address when known
 * @param verified        an editor confirmed the statement as extracted
 * @param corrected       an editor changed what extraction found (speaker, kind, span, stances, date) or added it
 */
public record StatementHit(long id, StatementKind kind, String content, String headline, LocalDate saidOn,
        LocalDate date, String actorSlug, String actorName, String mention, String cue, String decidedBy,
        double confidence, long articleId, String sourceName, String outlet, String articleTitle,
        LocalDate publishedOn, int start, int end, List<TextSpan> parts, Map<String, Stance> stances,
        String articleHeadline, String author, String url, boolean verified, boolean corrected) {

    /**
     * Whether the only date known is the article's: no date of its own, or the article's date itself (which extraction
     * gives words that carry no time reference), so pages say "reported" rather than "said" on it.
     */
    public boolean datedByArticle() {
        return saidOn == null || saidOn.equals(publishedOn);
    }

    public boolean hasSpeaker() {
        return actorSlug != null;
    }

    /** How lists name the source: "Outlet · headline", or the headline alone when the outlet is unknown. */
    public String sourceLabel() {
        return outlet == null ? articleHeadline : outlet + " · " + articleHeadline;
    }
}
