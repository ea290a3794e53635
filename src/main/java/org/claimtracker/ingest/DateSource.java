package org.claimtracker.ingest;

/** Where an article's publication date came from. */
public enum DateSource {
    HEADER, HTML_METADATA, FILE_NAME, NONE
}
