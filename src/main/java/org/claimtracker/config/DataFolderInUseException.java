package org.claimtracker.config;

/** Another live instance holds the data folder's lock. */
public class DataFolderInUseException extends IllegalStateException {

    DataFolderInUseException(String message) {
        super(message);
    }
}
