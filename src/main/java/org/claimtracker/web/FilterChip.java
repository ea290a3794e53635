package org.claimtracker.web;

/** One active filter, shown with a link that lists the same statements without it. */
record FilterChip(String name, String label, String removeUrl) {
}
