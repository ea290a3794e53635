package org.claimtracker.extraction;

/** How the article renders a statement: quoted, reported, or reported with a quoted fragment. */
public enum StatementKind {
    DIRECT, INDIRECT, MIXED
}
