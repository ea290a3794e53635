package org.claimtracker.web;

/** A topic as filters and badges name it. */
record TopicOption(String code, String label) {
}
