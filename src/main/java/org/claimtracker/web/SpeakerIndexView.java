package org.claimtracker.web;

import java.util.List;

import org.claimtracker.actor.ActorSummary;

/** The speakers index, or the speakers whose names resemble {@code q}. */
record SpeakerIndexView(String q, List<ActorSummary> speakers) {

    public boolean searching() {
        return q != null && !q.isBlank();
    }
}
