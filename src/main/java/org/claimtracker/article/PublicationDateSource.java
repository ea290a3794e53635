package org.claimtracker.article;

/** Where an article's publication date was read from. */
public enum PublicationDateSource {
    HEADER, HTML_METADATA, FILE_NAME, NONE
}
