package org.claimtracker.statement;

/** One series of positions: an actor on a topic. */
public record ActorTopic(long actorId, String topicCode) {
}
