package org.claimtracker.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file received through the web site, not yet read: its declared size is checked against the limit before its
 * content is opened, and files are read one at a time, so an upload of many large files never sits in the heap.
 */
public record UploadedFile(String fileName, long size, Content content) {

    /** Opens the upload's bytes (the servlet container keeps them on disk). */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public static UploadedFile of(String fileName, byte[] bytes) {
        return new UploadedFile(fileName, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
    }
}
