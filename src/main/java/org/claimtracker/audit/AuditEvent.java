package org.claimtracker.audit;

import java.time.Instant;

/** One recorded write: who did what to which thing, and when. */
public record AuditEvent(long id, Instant at, String username, String action, String target, String detail) {
}
