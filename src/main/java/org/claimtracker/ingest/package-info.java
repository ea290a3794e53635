/**
 * Ingestion: files, folders and uploads become articles (plain text with the seed date header, or HTML through
 * Jsoup), go through extraction, and are stored one transaction per article, idempotently by content hash, with an
 * ingestion-run log of every file's outcome. Also the {@code extract} and {@code ingest} commands.
 */
package org.claimtracker.ingest;
