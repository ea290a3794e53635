package org.claimtracker.web;

import java.util.List;

import org.claimtracker.actor.ActorSummary;
import org.claimtracker.actor.SpeakerPage;
import org.claimtracker.actor.SpeakerSort;

/**
 * The speakers index (actors with statements, one page, in {@code sort} order), or the speakers whose names
 * resemble {@code q}.
 *
 * @param page  the index page shown; null for a search
 */
record SpeakerIndexView(String q, List<ActorSummary> speakers, SpeakerPage page, SpeakerSort sort) {

    static SpeakerIndexView index(SpeakerPage page, SpeakerSort sort) {
        return new SpeakerIndexView("", page.items(), page, sort);
    }

    static SpeakerIndexView search(String q, List<ActorSummary> found) {
        return new SpeakerIndexView(q, found, null, SpeakerSort.STATEMENTS);
    }

    public boolean searching() {
        return q != null && !q.isBlank();
    }

    /** The index in another order, from its first page. */
    public String sortUrl(String parameter) {
        return parameter.equals(SpeakerSort.STATEMENTS.parameter()) ? "/speakers" : "/speakers?sort=" + parameter;
    }

    public String pageUrl(int number) {
        String sorted = sort == SpeakerSort.STATEMENTS ? "/speakers" : "/speakers?sort=" + sort.parameter();
        return number <= 1 ? sorted : sorted + (sorted.contains("?") ? "&" : "?") + "page=" + number;
    }
}
