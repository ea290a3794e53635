package org.claimtracker.article;

/** Where an article's publication date was read from, in the order of precedence when several carry one. */
public enum PublicationDateSource {
    UPLOAD_FORM, HEADER, METADATA_TABLE, HTML_METADATA, FILE_NAME, NONE
}
