package org.claimtracker.actor;

import java.time.LocalDate;

import org.claimtracker.extraction.ActorKind;

/**
 * An actor as indexes list them.
 *
 * @param statements how many statements are attributed to the actor
 * @param firstSaid  the earliest date of those statements (said-on, else the article's date); null without any
 * @param lastSaid   the latest such date
 * @param matchedAs  for a name search, the name or alias that matched best; null otherwise
 * @param mainRole   the role articles give the actor most often, on the speakers index; null otherwise
 */
public record ActorSummary(long id, String slug, String name, ActorKind kind, long statements, LocalDate firstSaid,
        LocalDate lastSaid, String matchedAs, String mainRole) {

    /** Whether a search found the actor under another name than its own. */
    public boolean matchedByAlias() {
        return matchedAs != null && !matchedAs.equals(name);
    }
}
