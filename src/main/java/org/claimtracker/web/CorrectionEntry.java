package org.claimtracker.web;

import java.time.Instant;

/**
 * One line of a statement's correction history. {@code editor} is null unless an editor is reading: the public
 * sees what changed and why, not who changed it.
 */
record CorrectionEntry(Instant at, String field, String before, String after, String note, String editor) {
}
