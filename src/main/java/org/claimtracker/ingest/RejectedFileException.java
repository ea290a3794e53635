package org.claimtracker.ingest;

/** A file that cannot become an article, with a reason a person can act on. */
public class RejectedFileException extends Exception {

    public RejectedFileException(String reason) {
        super(reason);
    }

    public RejectedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
