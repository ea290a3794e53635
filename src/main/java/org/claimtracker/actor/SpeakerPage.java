package org.claimtracker.actor;

import java.util.List;

/** One page of the speakers index; {@code page} counts from 0, {@code total} is the number of speakers. */
public record SpeakerPage(List<ActorSummary> items, int page, int size, long total) {

    public SpeakerPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
