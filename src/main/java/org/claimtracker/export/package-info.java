/** What every download the site offers shares: cells that spreadsheets read as text, never as formulas. */
package org.claimtracker.export;
