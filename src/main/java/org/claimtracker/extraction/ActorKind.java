package org.claimtracker.extraction;

/** What kind of speaker an actor is. */
public enum ActorKind {
    PERSON, ORGANISATION, COUNTRY
}
