package org.claimtracker.extraction;

/**
 * How a candidate's speaker is named where it is attributed.
 *
 * @param text the words as written ("Kremlin spokesman Dmitry Peskov", "he", "the Ukrainian leader")
 * @param span where they stand
 * @param type what sort of mention it is
 * @param name the proper-name part ("Dmitry Peskov", "White House"), or null
 * @param role the role words given with it ("Kremlin spokesman"), or null
 */
record Mention(String text, TextSpan span, Type type, String name, String role) {

    /** The sorts of mention the attribution rules tell apart. */
    enum Type {
        /** A proper name, with or without a title. */
        NAME,
        /** he, she, it, they. */
        PRONOUN,
        /** A role without a name: "the Ukrainian leader". */
        TITLE,
        /** "a source", "officials": a statement with no actor. */
        UNNAMED,
        /** A transcript speaker label or a "Source:" line. */
        LABEL
    }
}
