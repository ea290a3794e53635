/** Wiring: the embedded database, the extraction pipeline, and the typed {@code claimtracker.*} settings. */
package org.claimtracker.config;
