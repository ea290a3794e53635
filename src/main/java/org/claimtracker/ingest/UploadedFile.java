package org.claimtracker.ingest;

/** A file received through the web site, not yet read. */
public record UploadedFile(String fileName, byte[] content) {
}
