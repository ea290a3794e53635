/**
 * The machine-readable face of Claim Tracker: JSON under {@code /api}, CSV and JSON Lines exports of any statement
 * filter, and Atom feeds per speaker and per topic. Responses are records built from query results; entities never
 * reach JSON. Errors are RFC 9457 problem details naming the offending parameter.
 */
package org.claimtracker.api;
