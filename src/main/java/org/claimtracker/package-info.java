/** Claim Tracker: who said what, when, about what, and where it was written. */
package org.claimtracker;
