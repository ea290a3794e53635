/**
 * Editors' corrections, kept as records of their own (who, when, what, before, after, note) anchored to the article's
 * content hash and the statement's span, applied to the stored statements when made and re-applied after every
 * re-extraction; what can no longer be placed waits on the "needs attention" list.
 */
package org.claimtracker.correction;
