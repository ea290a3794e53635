package org.claimtracker.web;

import java.util.List;

import org.claimtracker.actor.SpeakerLookup;
import org.claimtracker.article.OutletCount;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementPage;

/**
 * A filterable statement list: the filter form, the active filters as removable chips, one page of results, and
 * links to the next pages and the exports, all keeping the filters in the URL.
 *
 * @param basePath      where the form submits: /statements, or a speaker's page (whose speaker is fixed)
 * @param fixedSpeaker  the slug every listed statement is by, or null on /statements
 * @param selfUrl       this list's canonical URL, without empty parameters: what htmx pushes to the history
 * @param moved         whether the list asked for is shown at {@code selfUrl} instead: its page lay past the end, or
 *                      a speaker was typed by name rather than slug
 * @param feedUrl       the Atom feed of this search (newest first), to follow it in a feed reader
 * @param speakers      the speakers the type-ahead offers before anything is typed (the most quoted), with counts
 * @param unknownSpeakers speakers typed into the field that name no one
 * @param outlets       the outlets the source field offers, with article counts
 */
record StatementBrowserView(String basePath, String fixedSpeaker, String selfUrl, boolean moved,
        StatementFilter filter, StatementPage page, List<FilterChip> chips, String clearUrl, Pagination pagination,
        String csvUrl, String jsonlUrl, String feedUrl, List<TopicOption> topics, List<SpeakerLookup.Speaker> speakers,
        List<String> unknownSpeakers, List<OutletCount> outlets) {

    public List<Stance> stances() {
        return List.of(Stance.values());
    }

    public List<StatementKind> kinds() {
        return List.of(StatementKind.values());
    }

    /** The first and last result numbers shown, counting from 1. */
    public long firstShown() {
        return page.total() == 0 ? 0 : (long) page.page() * page.size() + 1;
    }

    public long lastShown() {
        return Math.min(page.total(), (long) (page.page() + 1) * page.size());
    }

    /** The number of matching statements as the page states it: "7", "1,234", or "10,000+" for a capped count. */
    public String countText() {
        return String.format(java.util.Locale.ENGLISH, "%,d", page.total()) + (page.totalExact() ? "" : "+");
    }

    /** "1 statement", "7 statements", "10,000+ statements". */
    public String countLabel() {
        return countText() + (page.total() == 1 && page.totalExact() ? " statement" : " statements");
    }

    public boolean selected(String slug) {
        return filter.speakers().contains(slug);
    }
}
