package org.claimtracker.correction;

/** What a correction changes. {@code after} holds the value the statement must have, in the form each kind names. */
public enum CorrectionKind {
    /** after: the speaker's actor slug, or empty for an unnamed source. */
    SPEAKER("speaker"),
    /** after: DIRECT, INDIRECT or MIXED. */
    KIND("kind"),
    /** after: "start-end" in the article body. */
    SPAN("span"),
    /** after: "TOPIC:STANCE" pairs joined by commas, empty for none. */
    TOPICS("topics and stances"),
    /** after: an ISO date, or empty for none. */
    SAID_ON("said on"),
    /** The statement was checked and is right as it stands. */
    CONFIRM("verified"),
    /** Not a statement: hidden everywhere. */
    REJECT("rejected"),
    /** A statement extraction missed; after: its kind. */
    ADD("added");

    private final String label;

    CorrectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the statement's content or attribution changed (rather than confirmed as found). */
    public boolean changes() {
        return this != CONFIRM;
    }
}
