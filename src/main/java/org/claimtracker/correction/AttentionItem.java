package org.claimtracker.correction;

import java.time.Instant;

/** A correction that could not be placed after a re-extraction, waiting for an editor. */
public record AttentionItem(long correctionId, long articleId, String articleHeadline, String kind, String anchorText,
        String reason, String note, String editor, Instant createdAt) {
}
