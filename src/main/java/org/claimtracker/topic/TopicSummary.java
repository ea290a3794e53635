package org.claimtracker.topic;

/** A topic as the topic index lists it: how many statements take a position on it, by how many speakers. */
public record TopicSummary(String code, String label, String description, long statements, long speakers) {
}
