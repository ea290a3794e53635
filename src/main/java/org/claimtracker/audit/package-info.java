/** The audit log: one row for every write (uploads, corrections, speaker edits, account changes), for editors. */
package org.claimtracker.audit;
