package org.claimtracker.extraction;

/**
 * What kind of speaker an actor is. Media report more than they speak; groups ("European leaders", "Russian
 * forces", "Russia and Ukraine" accusing each other) and places ("Europe") never speak as one actor: a statement
 * resolved to one keeps its mention and gets no actor.
 */
public enum ActorKind {
    PERSON, ORGANISATION, COUNTRY, MEDIA, GROUP, PLACE;

    /** Whether a statement can be attributed to an actor of this kind. */
    public boolean speaks() {
        return this != GROUP && this != PLACE;
    }
}
